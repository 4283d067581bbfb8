import type { InboxItem } from "@hunar/chat/list-inbox";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { useSystemText } from "./message-bubble.tsx";

/** One conversation in the inbox: who, the last message's start, when, and how many are unread. */
export function InboxRow({ item, me }: { item: InboxItem; me: string }) {
  const { t, i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  const systemText = useSystemText();
  const last = item.lastMessage;
  // The app's own words follow the page; a person's words keep their own direction (dir="auto").
  let preview = t("inbox.noMessages");
  let written: string | null = null;
  if (last?.kind === "SYSTEM") preview = systemText({ body: last.preview, data: last.data });
  else if (last?.preview) written = last.preview;
  else if (last) preview = t("inbox.attachmentOnly");
  const mine = last?.kind !== "SYSTEM" && last?.senderId === me;
  const unread = item.unread > 0;
  return (
    <Link
      to={`/inbox/${encodeURIComponent(item.conversationId)}`}
      className={`flex items-center gap-3 rounded-lg border px-4 py-3 hover:bg-stone-50 ${unread ? "border-emerald-300 bg-emerald-50/40" : "border-stone-200 bg-white"}`}
    >
      <span
        aria-hidden="true"
        className="flex size-10 shrink-0 items-center justify-center rounded-full bg-emerald-700 font-bold text-white"
      >
        {[...item.other.displayName.trim()][0]?.toUpperCase() ?? "?"}
      </span>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="flex items-baseline justify-between gap-2">
          <span
            dir="auto"
            data-truncated=""
            title={item.other.displayName}
            className={`min-w-0 truncate ${unread ? "font-bold" : "font-semibold"}`}
          >
            {item.other.displayName}
          </span>
          <time dateTime={item.lastMessageAt} className="shrink-0 text-xs text-stone-600">
            {formatDate(item.lastMessageAt, locale, { dateStyle: "medium", timeStyle: "short" })}
          </time>
        </span>
        <span className="flex items-center justify-between gap-2">
          {/* Its own isolated, truncated box: an English message on an Urdu page loses its end, not its start. */}
          <span className={`flex min-w-0 items-baseline gap-1 text-sm ${unread ? "text-stone-900" : "text-stone-600"}`}>
            {/* The space keeps "You: …" one phrase for screen readers and searches of the text. */}
            {mine ? <span className="shrink-0">{`${t("inbox.youPrefix")} `}</span> : null}
            {written === null ? (
              <span title={preview} className="min-w-0 truncate">
                {preview}
              </span>
            ) : (
              <span dir="auto" data-truncated="" title={written} className="min-w-0 truncate [unicode-bidi:isolate]">
                {written}
              </span>
            )}
          </span>
          {unread ? (
            <span className="shrink-0 rounded-full bg-emerald-700 px-2 text-xs font-bold text-white">
              {t("inbox.unread", { count: item.unread, formatted: formatNumber(item.unread, locale) })}
            </span>
          ) : null}
        </span>
      </span>
    </Link>
  );
}
