import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { ActivityList } from "#app/components/earnings/activity-list.tsx";
import { BalanceCards } from "#app/components/earnings/balance-cards.tsx";
import { EarningsChart } from "#app/components/earnings/earnings-chart.tsx";
import { EarningsNav } from "#app/components/earnings/earnings-nav.tsx";
import { PayoutRequestList } from "#app/components/earnings/payout-request-list.tsx";
import { WithdrawForm } from "#app/components/earnings/withdraw-form.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { earningsAction, loadEarnings } from "#app/utils/earnings.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/earnings";
import { readForm } from "#app/utils/form-data.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return loadEarnings(context.db, user.id);
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return earningsAction(context.db, user.id, await readForm(request));
}

const DONE = ["requested", "cancelled"] as const;

export default function Earnings({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("earnings");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  const doneText = { requested: t("withdraw.requested"), cancelled: t("payouts.cancelled") };
  const withdrawResult = actionData?.form === "withdraw" ? actionData : undefined;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("dashboard.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
        <p className="text-stone-700">{t("dashboard.intro")}</p>
      </div>
      <EarningsNav />
      {done && !actionData ? <Alert tone="success">{doneText[done]}</Alert> : null}
      {actionData?.form === "cancel" && actionData.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <BalanceCards balances={loaderData.balances} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-2">
        <WithdrawForm
          methods={loaderData.methods}
          availablePaisa={loaderData.balances.available}
          minimumPaisa={loaderData.payoutMinimumPaisa}
          requestKey={loaderData.requestKey}
          result={withdrawResult}
          locale={locale}
        />
        <EarningsChart months={loaderData.monthly} locale={locale} />
      </div>
      <PayoutRequestList payouts={loaderData.payouts} locale={locale} />
      <ActivityList items={loaderData.activity} locale={locale} />
    </Container>
  );
}
