import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { renderNotification } from "@hunar/notifications/inbox/render-notification";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";

export interface NotificationItemView {
  id: string;
  kind: string;
  data: unknown;
  link: string | null;
  readAt: Date | string | null;
  createdAt: Date | string;
}

const iso = (moment: Date | string) => new Date(moment).toISOString();

/**
 * The title opens the notification. An unread one opens through a POST (mark read, then go to
 * its link), so opening it counts as reading it with or without JavaScript; a read one is a plain
 * link. Both forms post to the page itself.
 */
function Title({ notification, title }: { notification: NotificationItemView; title: string }) {
  const className = "text-start font-semibold text-emerald-900 underline-offset-2 hover:underline";
  if (!notification.link) return <p className="font-semibold">{title}</p>;
  if (notification.readAt) {
    return (
      <Link to={notification.link} className={className}>
        {title}
      </Link>
    );
  }
  return (
    <Form method="post">
      <input type="hidden" name="id" value={notification.id} />
      <button type="submit" name="intent" value="open" className={className}>
        {title}
      </button>
    </Form>
  );
}

export function NotificationItem({ notification, locale }: { notification: NotificationItemView; locale: Locale }) {
  const { t } = useTranslation("notifications");
  const rendered = renderNotification(notification, { locale, t });
  const unread = notification.readAt === null;
  return (
    <article
      className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border border-s-4 p-4 ${
        unread ? "border-emerald-200 border-s-emerald-600 bg-emerald-50" : "border-stone-200 border-s-stone-200 bg-white"
      }`}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {unread ? <span className="text-xs font-bold text-emerald-800">{t("inbox.unread")}</span> : null}
        <Title notification={notification} title={rendered?.title ?? t("inbox.unknown")} />
        {rendered ? <p className="text-stone-700">{rendered.text}</p> : null}
        <time dateTime={iso(notification.createdAt)} className="text-sm text-stone-600">
          {formatDate(notification.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
        </time>
      </div>
      {unread ? (
        <Form method="post">
          <input type="hidden" name="id" value={notification.id} />
          <button type="submit" name="intent" value="read" className="text-sm text-stone-700 underline">
            {t("inbox.markRead")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}
