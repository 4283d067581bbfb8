import type { Locale } from "@hunar/i18n/config";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { AccountMenu, type HeaderUser } from "./account-menu.tsx";
import { InboxLink } from "./chat/inbox-link.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { NotificationBell, type UnreadNotificationsSnapshot } from "./notifications/notification-bell.tsx";
import { SearchForm } from "./search-form.tsx";

// Without a count from the server (a test, an error page) every live notification counts.
const NO_COUNT: UnreadNotificationsSnapshot = { count: 0, countedAt: new Date(0) };

export function SiteHeader({
  user,
  locale,
  notifications,
}: {
  user: HeaderUser | null;
  locale: Locale;
  notifications?: UnreadNotificationsSnapshot | null;
}) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      {/* On a phone the row holds the logo and icons only: names truncate, labels hide (sr-only)
          and every other link lives in the account menu, so nothing pushes the page sideways. */}
      <Container className="flex flex-wrap items-center gap-x-2 gap-y-2 py-3 sm:gap-x-4">
        <Link to="/" aria-label={t("homeLink")} className="flex shrink-0 items-center gap-2 text-2xl font-bold text-emerald-800">
          <span aria-hidden="true" className="flex size-9 items-center justify-center rounded-lg bg-emerald-700 text-lg text-white">
            ہ
          </span>
          <span className={user ? "hidden sm:inline" : undefined}>{t("appName")}</span>
        </Link>
        {/* Finding gigs and finding work sit together: the search box, then the jobs list. */}
        <div className="order-last flex w-full min-w-0 items-center gap-3 md:order-none md:w-auto md:flex-1">
          <SearchForm className="min-w-0 flex-1" />
          <Link to="/jobs" className="shrink-0 font-medium text-emerald-800 underline-offset-4 hover:underline">
            {t("jobs:search.navLink")}
          </Link>
        </div>
        <div className="ms-auto flex min-w-0 items-center gap-1 sm:gap-3">
          <LanguageSwitch locale={locale} />
          {user ? <InboxLink /> : null}
          {user ? <NotificationBell snapshot={notifications ?? NO_COUNT} /> : null}
          <AccountMenu user={user} />
        </div>
      </Container>
    </header>
  );
}
