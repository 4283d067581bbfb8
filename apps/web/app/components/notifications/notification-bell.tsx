import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { NavLink } from "react-router";
import { useChatConnection } from "#app/chat/chat-provider.tsx";
import { useLiveSocketEvents } from "#app/chat/use-live-socket-events.ts";

/** The root loader's count (countUnreadNotifications) as it reaches the page. */
export interface UnreadNotificationsSnapshot {
  count: number;
  countedAt: Date | string;
}

interface Arrivals {
  snapshot: UnreadNotificationsSnapshot;
  ids: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

const after = (iso: string, moment: Date | string) => new Date(iso).getTime() > new Date(moment).getTime();

/**
 * The header bell: a link to /notifications with the unread count. It starts from the newest
 * count it has (the root loader's, or one the live connection sent when the user read
 * notifications in another tab) and adds each notification the live connection (the page's one
 * socket, shared with the chat badge and the live notices) delivers that is newer than that
 * count. Marking read in this tab posts a form, which reloads the root data and its count.
 */
export function NotificationBell({ snapshot: loaded }: { snapshot: UnreadNotificationsSnapshot }) {
  const { t, i18n } = useTranslation("notifications");
  const { socket } = useChatConnection();
  const [told, setTold] = useState<UnreadNotificationsSnapshot | null>(null);
  const snapshot = told && after(String(told.countedAt), loaded.countedAt) ? told : loaded;
  // Arrivals belong to the count they were added to: a fresh count (even an equal number)
  // already includes everything that arrived before it.
  const [arrived, setArrived] = useState<Arrivals>({ snapshot, ids: NONE });
  useLiveSocketEvents(socket, {
    "notifications:unread": (event) => {
      setTold((current) => (current && !after(event.countedAt, current.countedAt) ? current : event));
    },
    "notification:new": (event) => {
      if (!after(event.createdAt, snapshot.countedAt)) return;
      setArrived((current) => {
        const ids = current.snapshot === snapshot ? current.ids : NONE;
        return ids.has(event.id) ? current : { snapshot, ids: new Set(ids).add(event.id) };
      });
    },
  });
  const count = snapshot.count + (arrived.snapshot === snapshot ? arrived.ids.size : 0);
  const number = formatNumber(count, i18n.language as Locale);
  return (
    <NavLink
      to="/notifications"
      className="relative flex items-center rounded-md p-2 text-stone-800 hover:bg-stone-100 aria-[current=page]:bg-stone-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-6">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0a3 3 0 1 1-6 0"
        />
      </svg>
      <span className="sr-only">{t("inbox.bell")}</span>
      {count > 0 ? (
        <span
          data-testid="notification-badge"
          className="absolute -top-1 -end-1 min-w-5 rounded-full bg-emerald-700 px-1.5 text-center text-xs font-bold leading-5 text-white"
        >
          <span aria-hidden="true">{number}</span>
          <span className="sr-only">{t("inbox.unreadBadge", { count, number })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
