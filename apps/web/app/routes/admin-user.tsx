import { restoreUser, suspendUser, SUSPENSION_REASON_MAX, SUSPENSION_REASON_MIN } from "@hunar/auth/suspend-user";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { getAdminUserPage } from "@hunar/orders/admin/admin-user-page";
import { VERIFICATION_REASON_MAX } from "@hunar/profiles/verify-identity";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { UserRoles, UserStateBadges } from "#app/components/admin/user-badges.tsx";
import { UserGigs, UserOrders, UserPayouts, UserReports, UserSessions } from "#app/components/admin/user-page-sections.tsx";
import { useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/admin-user";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  const page = await orPageError(getAdminUserPage(context.db, { userId: user.id }, { userId: params.userId }));
  // Payout amounts are BigInt paisa: sent as text, formatted by money() on the page.
  return { ...page, payouts: { ...page.payouts, items: page.payouts.items.map((p) => ({ ...p, amountPaisa: p.amountPaisa.toString() })) } };
}

/**
 * Suspend or restore, with a reason. The domain reads the admin's role from the database, ends
 * the person's sessions and writes the audit row; the sockets those sessions had open are closed
 * here, since only the web process holds them.
 */
export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const intent = textField(form, "intent");
  if (intent !== "suspend" && intent !== "restore") throw data({ messageKey: "errors:invalid" }, { status: 400 });
  const reason = textField(form, "reason");
  const admin = { userId: user.id, ip: context.ip };
  try {
    if (intent === "restore") {
      await restoreUser(context.db, admin, { userId: params.userId, reason });
      return { intent, sessionsEnded: null, values: null, errors: null };
    }
    const result = await suspendUser(context.db, admin, { userId: params.userId, reason });
    context.realtime.disconnectUser(result.userId);
    return { intent, sessionsEnded: result.sessionsEnded, values: null, errors: null };
  } catch (error) {
    return formErrorResponse(error, { intent, sessionsEnded: null, values: { reason } });
  }
}

export default function AdminUser({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const message = useMessage();
  const { account, cnic } = loaderData;
  const suspended = account.suspendedAt !== null;
  const when = (date: Date) => formatDate(date, locale, { dateStyle: "medium" });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${account.displayName} · ${t("users.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <Link to="/admin/users" className="text-sm text-emerald-800 underline">
          {t("users.back")}
        </Link>
        <h1 className="text-3xl font-bold break-words">
          <bdi>{account.displayName}</bdi>
        </h1>
        <UserStateBadges suspended={suspended} cnicVerified={cnic.verifiedAt !== null} />
      </div>
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      {actionData?.intent === "suspend" && actionData.sessionsEnded !== null && !actionData.errors ? (
        <Alert tone="success">
          {t("users.suspend.done", { count: actionData.sessionsEnded, sessions: formatNumber(actionData.sessionsEnded, locale) })}
        </Alert>
      ) : null}
      {actionData?.intent === "restore" && !actionData.errors ? <Alert tone="success">{t("users.restore.done")}</Alert> : null}
      <Card className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{t("users.page.account")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-stone-600">{t("users.page.email")}</dt>
          <dd className="flex flex-col">
            <span dir="ltr" className="text-start break-all">
              {account.email}
            </span>
            <span className="text-stone-600">
              {account.emailVerifiedAt
                ? t("users.page.emailVerified", { date: when(account.emailVerifiedAt) })
                : t("users.page.emailNotVerified")}
            </span>
          </dd>
          <dt className="text-stone-600">{t("users.page.handle")}</dt>
          <dd>
            {account.handle ? (
              <Link to={`/u/${account.handle}`} className="text-emerald-800 underline">
                <bdi dir="ltr">@{account.handle}</bdi>
              </Link>
            ) : (
              t("users.noHandle")
            )}
          </dd>
          <dt className="text-stone-600">{t("users.page.created")}</dt>
          <dd>{when(account.createdAt)}</dd>
          <dt className="text-stone-600">{t("users.page.roles")}</dt>
          <dd>
            <UserRoles isAdmin={account.isAdmin} intent={account.intent} />
          </dd>
          <dt className="text-stone-600">{t("users.page.state")}</dt>
          <dd className="flex flex-col">
            {account.suspendedAt ? (
              <>
                <span className="font-medium text-red-900">{t("users.page.suspendedSince", { date: when(account.suspendedAt) })}</span>
                {account.suspendedReason ? (
                  <span dir="auto" className="break-words">
                    {t("users.page.suspendedReason", { reason: account.suspendedReason })}
                  </span>
                ) : null}
              </>
            ) : (
              t("users.active")
            )}
          </dd>
          <dt className="text-stone-600">{t("users.page.identity")}</dt>
          <dd className="flex flex-col items-start gap-2">
            <CnicState cnic={cnic} userId={account.id} />
          </dd>
        </dl>
        <Link to={`/admin/audit?targetType=User&targetId=${encodeURIComponent(account.id)}`} className="text-sm text-emerald-800 underline">
          {t("users.page.auditTrail")}
        </Link>
      </Card>
      <SuspensionForm suspended={suspended} isAdmin={account.isAdmin} actionData={actionData} />
      <UserOrders page={loaderData} />
      <UserGigs page={loaderData} />
      <UserReports page={loaderData} />
      <UserPayouts page={loaderData} />
      <UserSessions page={loaderData} />
    </Container>
  );
}

/** The verification belongs to the identity queue: this page links to it and offers its approve action. */
function CnicState({ cnic, userId }: { cnic: { given: boolean; verifiedAt: Date | null }; userId: string }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  if (cnic.verifiedAt)
    return <span>{t("users.page.cnicVerifiedOn", { date: formatDate(cnic.verifiedAt, locale, { dateStyle: "medium" }) })}</span>;
  if (!cnic.given) return <span>{t("users.page.cnicNone")}</span>;
  return (
    <>
      <span>{t("users.page.cnicPending")}</span>
      <span className="flex flex-wrap items-center gap-3">
        <Form method="post" action="/admin/verifications" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="what" value="cnic" />
          <TextField
            name="reason"
            label={t("profiles:admin.reason")}
            dir="auto"
            required
            minLength={3}
            maxLength={VERIFICATION_REASON_MAX}
            autoComplete="off"
          />
          <Button type="submit" size="sm">
            {t("users.page.verifyCnic")}
          </Button>
        </Form>
        <Link to="/admin/verifications" className="text-emerald-800 underline">
          {t("users.page.openVerifications")}
        </Link>
      </span>
    </>
  );
}

type SuspensionActionData = Route.ComponentProps["actionData"];

function SuspensionForm({ suspended, isAdmin, actionData }: { suspended: boolean; isAdmin: boolean; actionData: SuspensionActionData }) {
  const { t } = useTranslation("admin");
  const message = useMessage();
  const locale = useLocale();
  if (isAdmin) return <p className="text-stone-700">{t("users.suspend.notForAdmins")}</p>;
  const intent = suspended ? "restore" : "suspend";
  const failed = actionData?.intent === intent && actionData.errors ? actionData : null;
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold">{suspended ? t("users.restore.title") : t("users.suspend.title")}</h2>
      <p className="text-sm text-stone-700">{suspended ? t("users.restore.intro") : t("users.suspend.intro")}</p>
      <Form method="post" className="flex flex-col gap-3">
        <input type="hidden" name="intent" value={intent} />
        <TextAreaField
          name="reason"
          label={suspended ? t("users.restore.reasonLabel") : t("users.suspend.reasonLabel")}
          hint={t("users.suspend.reasonHint", {
            min: formatNumber(SUSPENSION_REASON_MIN, locale),
            max: formatNumber(SUSPENSION_REASON_MAX, locale),
          })}
          rows={3}
          required
          minLength={SUSPENSION_REASON_MIN}
          maxLength={SUSPENSION_REASON_MAX}
          dir="auto"
          defaultValue={failed?.values?.reason ?? ""}
          error={message(failed?.errors?.fields.reason)}
        />
        <div>
          <Button type="submit" variant={suspended ? "primary" : "danger"}>
            {suspended ? t("users.restore.submit") : t("users.suspend.submit")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
