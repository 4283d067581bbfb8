import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { NavLink } from "react-router";
import { useChatConnection } from "#app/chat/chat-provider.tsx";

/**
 * "Messages" in the header with the unread count: the root loader's number at first, then the
 * live connection's ("hello" on connect, "unread" whenever it changes).
 */
export function InboxLink() {
  const { t, i18n } = useTranslation("chat");
  const { unread } = useChatConnection();
  return (
    <NavLink
      to="/inbox"
      title={t("nav.inbox")}
      className="flex shrink-0 items-center gap-2 rounded-md p-2 text-stone-800 hover:bg-stone-100 aria-[current=page]:bg-stone-100 sm:px-3 sm:py-1 aria-[current=page]:font-semibold"
    >
      {/* A phone has room for the icon only; the word stays for screen readers. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-6 sm:hidden">
        <path strokeLinecap="round" strokeLinejoin="round" d="M4 5h16v11H8l-4 4V5Z" />
      </svg>
      <span className="sr-only sm:not-sr-only">{t("nav.inbox")}</span>
      {unread > 0 ? (
        <span data-testid="unread-badge" className="min-w-6 rounded-full bg-emerald-700 px-2 text-center text-sm font-bold text-white">
          <span aria-hidden="true">{formatNumber(unread, i18n.language as Locale)}</span>
          <span className="sr-only">{t("nav.unreadBadge", { count: unread })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
