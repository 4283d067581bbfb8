import type { Locale } from "@hunar/i18n/config";
import { renderNotification } from "@hunar/notifications/inbox/render-notification";
import { useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { useChatConnection } from "#app/chat/chat-provider.tsx";
import { useLiveSocketEvents } from "#app/chat/use-live-socket-events.ts";

/** How many notices stay on screen; older ones give way (they are all in the e-mail and on /notifications). */
const SHOWN = 3;

interface Notice {
  id: string;
  text: string;
  link: string | null;
}

/**
 * Notifications pushed live to this tab (an order paid, a payout sent), shown as a short notice
 * with a link, and announced to screen readers. Without JavaScript nothing shows here: the same
 * notification also arrives by e-mail.
 */
export function LiveNotices({ locale }: { locale: Locale }) {
  const { t } = useTranslation("notifications");
  const { socket } = useChatConnection();
  const [notices, setNotices] = useState<Notice[]>([]);
  useLiveSocketEvents(socket, {
    "notification:new": (event) => {
      // The notice's line is the notification's title; a kind or data this page cannot read is left out.
      const text = renderNotification(event, { locale, t })?.title;
      if (text === undefined) return;
      setNotices((shown) => [...shown.filter((notice) => notice.id !== event.id), { id: event.id, text, link: event.link }].slice(-SHOWN));
    },
  });
  const dismiss = (id: string) => setNotices((shown) => shown.filter((notice) => notice.id !== id));
  return (
    <section
      aria-label={t("live.region")}
      aria-live="polite"
      className="pointer-events-none fixed bottom-4 end-4 z-40 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2 print:hidden"
    >
      {notices.map((notice) => (
        <div key={notice.id} className="pointer-events-auto rounded-lg border border-emerald-200 bg-white p-3 text-sm shadow-lg">
          <p dir="auto">{notice.text}</p>
          <div className="mt-2 flex justify-end gap-3">
            {notice.link ? (
              <Link to={notice.link} className="font-medium text-emerald-800 underline" onClick={() => dismiss(notice.id)}>
                {t("live.open")}
              </Link>
            ) : null}
            <button type="button" className="text-stone-600 underline" onClick={() => dismiss(notice.id)}>
              {t("live.dismiss")}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
