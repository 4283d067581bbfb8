import type { Locale } from "@hunar/i18n/config";
import type { GigOrderQuoteInput } from "@hunar/orders/checkout/checkout-input";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { FigureLines, isolate, money } from "#app/components/wallet/money.tsx";
import { PaymentChoices } from "#app/components/wallet/payment-choices.tsx";
import { paymentOptions, readPayment } from "#app/components/wallet/payment-options.server.ts";
import { payPlacedOrder, validateTransfer } from "#app/components/wallet/pay-order.server.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import { data } from "react-router";
import type { Route } from "./+types/checkout";

/** The package asked for: `?tier=` (the gig page's form sends `?package=`, made canonical here). */
function requestedTier(url: URL): Tier {
  return (url.searchParams.get("tier") ?? url.searchParams.get("package") ?? "BASIC") as Tier;
}

// Unchecked: the checkout domain validates the tier (a field error for anything else).
type Tier = GigOrderQuoteInput["tier"];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const url = new URL(request.url);
  if (!url.searchParams.has("tier") && url.searchParams.has("package")) {
    throw redirect(`/checkout/${encodeURIComponent(params.gigId)}?tier=${encodeURIComponent(requestedTier(url))}`);
  }
  const quote = await orPageError(quoteGigOrder(context.db, { gigId: params.gigId, tier: requestedTier(url) }));
  return {
    gig: quote.gig,
    freelancerName: quote.gig.freelancerName,
    package: { tier: quote.package.tier, name: quote.package.name, deliveryDays: quote.package.deliveryDays },
    figures: { ...quote.fees, clientFeeBps: quote.feeSchedule.clientFeeBps },
    options: await paymentOptions(context.db, user.id),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await request.formData();
  const requirements = textField(form, "requirements");
  const payment = readPayment(form);
  // An order placed by an earlier attempt whose payment failed is paid now, not placed again.
  let orderId = textField(form, "orderId") || null;
  const keep = { values: { ...payment.values, requirements }, orderId };
  if (!payment.ok) return data({ ...keep, errors: payment.errors }, { status: 400 });
  try {
    // A bad transfer reference is refused before an order exists.
    validateTransfer(payment);
    if (!orderId) {
      const tier = (textField(form, "tier") as Tier) || requestedTier(new URL(request.url));
      const order = await placeGigOrder(context.db, { userId: user.id }, { gigId: params.gigId, tier, requirements });
      orderId = order.id;
    }
  } catch (error) {
    return formErrorResponse(error, keep);
  }
  try {
    await payPlacedOrder(context.db, user.id, orderId, payment);
  } catch (error) {
    return formErrorResponse(error, { ...keep, orderId });
  }
  throw redirect(`/orders?done=${payment.method}`);
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("wallet");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const { gig, freelancerName, package: pkg, figures, options } = loaderData;
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, locale);
  const total = money(figures.totalPaisa, locale);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("checkout.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("checkout.title")}</h1>
      {actionData?.orderId ? <Alert tone="info">{t("checkout.unpaidOrder")}</Alert> : null}
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Form method="post" className="flex flex-col gap-6">
          <input type="hidden" name="tier" value={pkg.tier} />
          {actionData?.orderId ? <input type="hidden" name="orderId" value={actionData.orderId} /> : null}
          <TextAreaField
            name="requirements"
            label={t("checkout.requirements")}
            hint={t("checkout.requirementsHint")}
            defaultValue={actionData?.values.requirements ?? ""}
            dir="auto"
            maxLength={5000}
            disabled={Boolean(actionData?.orderId)}
          />
          <PaymentChoices amountPaisa={figures.totalPaisa} options={options} values={actionData?.values} errors={actionData?.errors} />
          <Button type="submit" size="lg">
            {t("checkout.submit", { total })}
          </Button>
        </Form>
        <Card className="flex h-fit flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Link to={gigHref(gig)} lang={title?.lang} dir="auto" className="font-semibold text-emerald-800 hover:underline">
              {title?.text ?? gig.slug}
            </Link>
            <p className="text-sm text-stone-700">
              {t("checkout.package", { tier: t(`gigs:tier.${pkg.tier}`) })}
              {" · "}
              <bdi>{pkg.name}</bdi>
            </p>
            <p className="text-sm text-stone-700">{t("checkout.delivery", { count: pkg.deliveryDays })}</p>
            {freelancerName ? <p className="text-sm text-stone-700">{t("checkout.by", { name: isolate(freelancerName) })}</p> : null}
          </div>
          <FigureLines figures={figures} />
          <p className="text-sm text-stone-600">{t("figures.exact")}</p>
          <p className="text-sm font-medium text-emerald-800">{t("figures.noBidFee")}</p>
          <Link to={gigHref(gig)} className="text-sm text-stone-700 underline">
            {t("checkout.backToGig")}
          </Link>
        </Card>
      </div>
    </Container>
  );
}
