import { cancelUnpaidOrder } from "@hunar/orders/checkout/cancel-unpaid-order";
import { getCheckoutOrder } from "@hunar/orders/checkout/get-checkout-order";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link, redirect } from "react-router";
import { FigureLines, money, useLocale } from "#app/components/wallet/money.tsx";
import { OrderStatusBadge } from "#app/components/wallet/order-status-badge.tsx";
import { PaymentChoices } from "#app/components/wallet/payment-choices.tsx";
import { paymentOptions, readPayment } from "#app/components/wallet/payment-options.server.ts";
import { afterPaymentHref, payPlacedOrder, validateTransfer } from "#app/components/wallet/pay-order.server.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import { extrasInLanguage } from "#app/utils/localized-listing.ts";
import type { Route } from "./+types/order-pay";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const {
    walletPaisa: _wallet,
    shortfallPaisa: _shortfall,
    funding,
    ...order
  } = await orPageError(getCheckoutOrder(context.db, user.id, params.orderId));
  const waiting = funding.find((request) => request.status === "PENDING");
  return {
    order: { ...order, waitingTransfer: waiting ? { reference: waiting.providerReference } : null },
    options: await paymentOptions(context.db, user.id),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  if (textField(form, "intent") === "cancel") {
    try {
      await cancelUnpaidOrder(context.db, { userId: user.id }, params.orderId);
    } catch (error) {
      return formErrorResponse(error, { values: null });
    }
    throw redirect("/orders?done=cancelled");
  }
  const payment = readPayment(form);
  if (!payment.ok) return data({ values: payment.values, errors: payment.errors }, { status: 400 });
  try {
    validateTransfer(payment);
    await payPlacedOrder(context.db, user.id, params.orderId, payment);
  } catch (error) {
    return formErrorResponse(error, { values: payment.values });
  }
  throw redirect(afterPaymentHref(params.orderId, payment.method));
}

export default function OrderPay({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const { order, options } = loaderData;
  const pending = order.status === "PENDING_PAYMENT";
  const heading = t("orderPay.title", { number: order.number });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      {order.waitingTransfer ? (
        <Alert tone="info">{t("orderPay.waitingTransfer", { reference: order.waitingTransfer.reference })}</Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        {pending ? (
          <div className="flex flex-col gap-6">
            <Form method="post" className="flex flex-col gap-6">
              <input type="hidden" name="intent" value="pay" />
              {/* A contract pays one milestone at a time: what is due now, not the whole total. */}
              <PaymentChoices
                amountPaisa={order.amountDuePaisa}
                options={options}
                values={actionData?.values}
                errors={actionData?.errors}
              />
              <Button type="submit" size="lg">
                {t("orderPay.submit", { total: money(order.amountDuePaisa, locale) })}
              </Button>
            </Form>
            <Form method="post" className="flex flex-col items-start gap-2 border-t border-stone-200 pt-4">
              <input type="hidden" name="intent" value="cancel" />
              <p className="text-sm text-stone-700">{t("orderPay.cancelHint")}</p>
              <Button type="submit" variant="secondary">
                {t("orderPay.cancel")}
              </Button>
            </Form>
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            <p>{t("orderPay.notPending")}</p>
            <Link to="/orders" className="text-emerald-800 underline">
              {t("invoice.backToOrders")}
            </Link>
          </div>
        )}
        <Card className="flex h-fit flex-col gap-4">
          <p dir="auto" className="font-semibold">
            {order.title}
          </p>
          {order.dueMilestone ? (
            <div className="flex flex-col gap-1 rounded-md bg-emerald-50 p-3">
              <p dir="auto" className="font-semibold">
                {t("orders:milestones.payTitle", {
                  position: formatNumber(order.dueMilestone.position, locale),
                  count: formatNumber(order.milestoneCount, locale),
                  title: order.dueMilestone.title,
                })}
              </p>
              <p className="text-sm">{t("orders:milestones.payNote", { amount: money(order.amountDuePaisa, locale) })}</p>
            </div>
          ) : null}
          <FigureLines figures={order} extras={extrasInLanguage(order.extras, locale)} />
          <p className="text-sm text-stone-600">{t("figures.exact")}</p>
        </Card>
      </div>
    </Container>
  );
}
