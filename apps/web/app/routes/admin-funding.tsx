import { orderFunding } from "@hunar/orders/order-funding";
import { confirmFunding, rejectFunding } from "@hunar/payments/funding/confirm-funding";
import { listFundingQueue } from "@hunar/payments/funding/list-funding";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data } from "react-router";
import { FundingQueueItem } from "#app/components/wallet/funding-queue-item.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-funding";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const queue = await listFundingQueue(context.db);
  return { queue: queue.map((item) => ({ ...item, amountPaisa: item.amountPaisa.toString() })) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const decision = textField(form, "decision");
  const fundingRequestId = textField(form, "fundingRequestId");
  const reason = textField(form, "reason");
  if (decision !== "confirm" && decision !== "reject") throw data({ messageKey: "errors:invalid" }, { status: 400 });
  try {
    const admin = { userId: user.id, isAdmin: user.isAdmin, ip: context.ip };
    if (decision === "confirm") await confirmFunding(context.db, admin, { fundingRequestId, reason }, orderFunding);
    else await rejectFunding(context.db, admin, { fundingRequestId, reason });
  } catch (error) {
    return formErrorResponse(error, { fundingRequestId, decided: null, values: { reason } });
  }
  return { fundingRequestId, decided: decision, values: null, errors: null };
}

export default function AdminFunding({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const { queue } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("adminFunding.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("adminFunding.title")}</h1>
        <p className="text-stone-700">{t("adminFunding.intro")}</p>
      </div>
      {actionData?.decided ? <Alert tone="success">{t(`adminFunding.done.${actionData.decided}`)}</Alert> : null}
      {queue.length === 0 ? (
        <p className="text-stone-700">{t("adminFunding.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {queue.map((item) => (
            <li key={item.id}>
              <FundingQueueItem
                item={item}
                result={actionData && !actionData.decided && actionData.fundingRequestId === item.id ? actionData : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
