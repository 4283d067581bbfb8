import { parseRupees } from "@hunar/core/money";
import { orderFunding } from "@hunar/orders/order-funding";
import { cancelFunding } from "@hunar/payments/funding/cancel-funding";
import { listMyFunding } from "@hunar/payments/funding/list-funding";
import { submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { fundWithSandbox } from "@hunar/payments/funding/sandbox-provider";
import { listAccountActivity } from "@hunar/payments/statements/list-account-activity";
import { Alert } from "@hunar/ui/alert";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, redirect, useSearchParams } from "react-router";
import { ActivityList, activityView } from "#app/components/wallet/activity-list.tsx";
import { FundingList } from "#app/components/wallet/funding-list.tsx";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { paymentOptions } from "#app/components/wallet/payment-options.server.ts";
import { TopUpForm } from "#app/components/wallet/top-up-form.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/wallet";

const ACTIVITY_PAGE = 20;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const cursor = new URL(request.url).searchParams.get("cursor");
  const [options, funding, activity] = await Promise.all([
    paymentOptions(context.db, user.id),
    listMyFunding(context.db, user.id),
    // A mangled cursor (an edited address) is a 400 page, never a 500.
    orPageError(listAccountActivity(context.db, user.id, { account: "wallet", cursor, limit: ACTIVITY_PAGE })),
  ]);
  return {
    options,
    funding: funding.map((request) => ({ ...request, amountPaisa: request.amountPaisa.toString() })),
    activity: activityView(activity),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const intent = textField(form, "intent");
  if (intent === "cancel") {
    try {
      await cancelFunding(context.db, { userId: user.id }, textField(form, "fundingRequestId"));
    } catch (error) {
      return formErrorResponse(error, { values: null });
    }
    throw redirect("/wallet?done=cancelled");
  }
  if (intent !== "topUp") throw data({ messageKey: "errors:invalid" }, { status: 400 });
  const values = {
    amount: textField(form, "amount"),
    method: textField(form, "method"),
    rail: textField(form, "rail"),
    reference: textField(form, "reference"),
  };
  const amount = parseRupees(values.amount, { wholeRupees: true });
  if (!amount.ok) return data({ values, errors: { fields: { amount: amount.error }, form: { key: "errors:badInput" } } }, { status: 400 });
  try {
    if (values.method === "sandbox") await fundWithSandbox(context.db, { userId: user.id }, { amountPaisa: amount.paisa }, orderFunding);
    else if (values.method === "manual") {
      await submitManualFunding(
        context.db,
        { userId: user.id },
        { amountPaisa: amount.paisa, rail: values.rail as never, reference: values.reference },
        orderFunding,
      );
    } else
      return data(
        { values, errors: { fields: { method: { key: "wallet:errors.methodRequired" } }, form: { key: "errors:badInput" } } },
        { status: 400 },
      );
  } catch (error) {
    return formErrorResponse(error, { values });
  }
  throw redirect(`/wallet?done=${values.method}`);
}

const DONE = ["sandbox", "manual", "cancelled"] as const;

export default function Wallet({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  const { options, funding, activity } = loaderData;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${t("wallet.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("wallet.title")}</h1>
      {done && !actionData ? <Alert tone="success">{t(`wallet.done.${done}`)}</Alert> : null}
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <Card className="flex h-fit flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("wallet.balance")}</h2>
          <p className="text-3xl font-bold" data-figure="wallet-balance">
            {money(options.walletBalancePaisa, locale)}
          </p>
          <p className="text-sm text-stone-600">{t("wallet.balanceHint")}</p>
        </Card>
        <Card className="flex flex-col gap-4">
          <h2 className="text-xl font-bold">{t("wallet.topUp")}</h2>
          <TopUpForm options={options} values={actionData?.values} errors={actionData?.errors} />
        </Card>
      </div>
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("wallet.requests")}</h2>
        <FundingList requests={funding} />
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("wallet.activity")}</h2>
        <ActivityList activity={activity} />
      </section>
    </Container>
  );
}
