import type { UserSearchRow } from "@hunar/auth/admin-users";
import { useTranslation } from "#app/utils/use-translation.ts";

/** What the account is for and whether it is an admin, as short labels. */
export function UserRoles({ isAdmin, intent }: { isAdmin: boolean; intent: UserSearchRow["intent"] }) {
  const { t } = useTranslation("admin");
  const roles = { HIRE: t("users.roles.HIRE"), WORK: t("users.roles.WORK"), BOTH: t("users.roles.BOTH") };
  return (
    <span className="flex flex-wrap gap-1">
      {isAdmin ? (
        <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900">{t("users.roles.admin")}</span>
      ) : null}
      <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700">{roles[intent]}</span>
    </span>
  );
}

/** Suspended or active, and the CNIC badge when an admin verified it. */
export function UserStateBadges({ suspended, cnicVerified }: { suspended: boolean; cnicVerified: boolean }) {
  const { t } = useTranslation("admin");
  return (
    <span className="flex flex-wrap gap-1">
      {suspended ? (
        <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">{t("users.suspended")}</span>
      ) : (
        <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-900">{t("users.active")}</span>
      )}
      {cnicVerified ? (
        <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">{t("users.cnicVerified")}</span>
      ) : null}
    </span>
  );
}
