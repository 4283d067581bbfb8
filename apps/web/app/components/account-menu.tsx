import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useLocation } from "react-router";

export interface HeaderUser {
  displayName: string;
  isAdmin?: boolean;
  /** Freelancers (WORK or BOTH) get their gig links; anyone may still open them by address. */
  intent?: "HIRE" | "WORK" | "BOTH";
}

const menuItemClassName = "rounded px-3 py-1 text-start hover:bg-stone-100";

/**
 * Signed out: log in / sign up. Signed in: the person's name opening a menu with settings and a
 * log-out form. <details> opens and closes without JavaScript.
 */
export function AccountMenu({ user }: { user: HeaderUser | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (!user) {
    return (
      <div className="flex shrink-0 items-center gap-2">
        <Link to="/login" className={buttonClassName("ghost", "sm")}>
          {t("account.logIn")}
        </Link>
        <Link to="/signup" className={buttonClassName("primary", "sm")}>
          {t("account.signUp")}
        </Link>
      </div>
    );
  }
  return (
    // Keyed by path so the menu closes after navigating somewhere from it.
    <details key={location.pathname} className="relative min-w-0">
      <summary
        aria-label={t("account.menuLabel")}
        title={user.displayName}
        className="flex min-w-0 cursor-pointer list-none items-center gap-2 rounded-md px-1 py-1 hover:bg-stone-100 sm:px-3 [&::-webkit-details-marker]:hidden"
      >
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-emerald-700 font-bold text-white"
        >
          {[...user.displayName.trim()][0]?.toUpperCase() ?? "?"}
        </span>
        {/* Cut with an ellipsis (the whole name is the title and heads the open menu). */}
        <bdi data-truncated="" className="block max-w-24 truncate sm:max-w-40">
          {user.displayName}
        </bdi>
      </summary>
      <div className="absolute end-0 z-20 mt-2 flex w-64 max-w-[calc(100vw-2rem)] flex-col gap-1 rounded-md border border-stone-200 bg-white p-2 shadow-lg">
        <p className="px-3 py-1 text-sm break-words text-stone-600">{t("account.signedInAs", { name: user.displayName })}</p>
        <Link to="/orders" className={menuItemClassName}>
          {t("wallet:nav.orders")}
        </Link>
        <Link to="/wallet" className={menuItemClassName}>
          {t("wallet:nav.wallet")}
        </Link>
        {user.intent === "WORK" ? null : (
          <>
            <Link to="/jobs/new" className={menuItemClassName}>
              {t("jobs:form.newTitle")}
            </Link>
            <Link to="/jobs/mine" className={menuItemClassName}>
              {t("jobs:mine.title")}
            </Link>
          </>
        )}
        {user.intent === "HIRE" ? null : (
          <>
            <Link to="/proposals" className={menuItemClassName}>
              {t("proposals:mine.title")}
            </Link>
            <Link to="/gigs/new" className={menuItemClassName}>
              {t("pages:nav.createGig")}
            </Link>
            <Link to="/gigs/mine" className={menuItemClassName}>
              {t("pages:nav.myGigs")}
            </Link>
            <Link to="/earnings" className={menuItemClassName}>
              {t("earnings:nav.earnings")}
            </Link>
          </>
        )}
        {user.isAdmin ? (
          <>
            <Link to="/admin" className={menuItemClassName}>
              {t("admin:home.title")}
            </Link>
            <Link to="/admin/moderation" className={menuItemClassName}>
              {t("pages:nav.moderation")}
            </Link>
          </>
        ) : null}
        {user.isAdmin ? (
          <Link to="/admin/payouts" className={menuItemClassName}>
            {t("earnings:nav.payouts")}
          </Link>
        ) : null}
        {user.isAdmin ? (
          <Link to="/admin/reports/messages" className={menuItemClassName}>
            {t("chat:admin.nav.messageReports")}
          </Link>
        ) : null}
        {user.isAdmin ? (
          <>
            <Link to="/admin/funding" className={menuItemClassName}>
              {t("wallet:nav.adminFunding")}
            </Link>
            <Link to="/admin/fees" className={menuItemClassName}>
              {t("wallet:nav.adminFees")}
            </Link>
            <Link to="/admin/revenue" className={menuItemClassName}>
              {t("wallet:nav.adminRevenue")}
            </Link>
            <Link to="/admin/outages" className={menuItemClassName}>
              {t("orders:outages.title")}
            </Link>
            <Link to="/admin/disputes" className={menuItemClassName}>
              {t("disputes:queue.title")}
            </Link>
            <Link to="/admin/users" className={menuItemClassName}>
              {t("admin:users.title")}
            </Link>
            <Link to="/admin/audit" className={menuItemClassName}>
              {t("admin:audit.title")}
            </Link>
            <Link to="/admin/verifications" className={menuItemClassName}>
              {t("profiles:admin.title")}
            </Link>
          </>
        ) : null}
        <Link to="/account/profile" className={menuItemClassName}>
          {t("profiles:editor.title")}
        </Link>
        <Link to="/account" className={menuItemClassName}>
          {t("account.settings")}
        </Link>
        <Form method="post" action="/logout">
          <button type="submit" className={`w-full ${menuItemClassName}`}>
            {t("account.logOut")}
          </button>
        </Form>
      </div>
    </details>
  );
}
