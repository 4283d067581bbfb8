import type { Presence } from "@hunar/chat/realtime/events";
import type { Locale } from "@hunar/i18n/config";
import { formatRelativeTime } from "@hunar/i18n/format";
import { useEffect, useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";

/** "Online", "Last seen 5 minutes ago" or "… is typing…", refreshed each minute. */
export function PresenceLine({ name, presence, typing }: { name: string; presence: Presence | null; typing: boolean }) {
  const { t, i18n } = useTranslation("chat");
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  let text: string | null = null;
  if (typing) text = t("conversation.typing", { name });
  else if (presence?.online) text = t("conversation.online");
  else if (presence?.lastSeenAt)
    text = t("conversation.lastSeen", { time: formatRelativeTime(presence.lastSeenAt, i18n.language as Locale, now) });
  else if (presence) text = t("conversation.offline");
  return (
    <p role="status" aria-live="polite" className={`min-h-6 text-sm ${typing || presence?.online ? "text-emerald-800" : "text-stone-600"}`}>
      {text ? <bdi>{text}</bdi> : null}
    </p>
  );
}
