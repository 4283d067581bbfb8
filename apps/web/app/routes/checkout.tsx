import { isAppError } from "@hunar/core/app-error";
import type { Locale } from "@hunar/i18n/config";
import type { GigOrderQuoteInput } from "@hunar/orders/checkout/checkout-input";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { FieldError } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect } from "react-router";
import { type AnswerValues, domainAnswers, readRequirementAnswers } from "#app/components/orders/requirements-actions.server.ts";
import { RequirementFields } from "#app/components/orders/requirements-panel.tsx";
import { FigureLines, isolate, money } from "#app/components/wallet/money.tsx";
import { PaymentChoices, type PaymentValues } from "#app/components/wallet/payment-choices.tsx";
import { paymentOptions, readPayment } from "#app/components/wallet/payment-options.server.ts";
import { afterPaymentHref, payPlacedOrder, validateTransfer } from "#app/components/wallet/pay-order.server.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { extraDescription, extrasInLanguage, extraTitle, packageName } from "#app/utils/localized-listing.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import { data } from "react-router";
import type { Route } from "./+types/checkout";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";

/** The package asked for: `?tier=` (the gig page's form sends `?package=`, made canonical here). */
function requestedTier(url: URL): Tier {
  return (url.searchParams.get("tier") ?? url.searchParams.get("package") ?? "BASIC") as Tier;
}

// Unchecked: the checkout domain validates the tier (a field error for anything else).
type Tier = GigOrderQuoteInput["tier"];

/** The checkout's own address for a package and extras (`?tier=STANDARD&extra=<id>&extra=<id>`). */
function checkoutHref(gigId: string, tier: string, extraIds: readonly string[]): string {
  const query = new URLSearchParams([["tier", tier], ...extraIds.map((id) => ["extra", id])]);
  return `/checkout/${encodeURIComponent(gigId)}?${query.toString()}`;
}

/**
 * The quote for the extras asked for; an address naming extras the gig no longer offers (an old
 * link, an edited gig) falls back to the package alone and says so.
 */
async function quoteWithExtras(db: Parameters<typeof quoteGigOrder>[0], gigId: string, tier: Tier, extraIds: string[]) {
  try {
    return { quote: await quoteGigOrder(db, { gigId, tier, extraIds }), extrasError: null };
  } catch (error) {
    if (!isAppError(error) || !error.fields?.extraIds || extraIds.length === 0) throw error;
    return { quote: await quoteGigOrder(db, { gigId, tier }), extrasError: error.fields.extraIds };
  }
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const url = new URL(request.url);
  const extraIds = url.searchParams.getAll("extra");
  if (!url.searchParams.has("tier") && url.searchParams.has("package")) {
    throw redirect(checkoutHref(params.gigId, requestedTier(url), extraIds));
  }
  const { quote, extrasError } = await orPageError(quoteWithExtras(context.db, params.gigId, requestedTier(url), extraIds));
  return {
    gig: quote.gig,
    freelancerName: quote.gig.freelancerName,
    package: {
      tier: quote.package.tier,
      nameUr: quote.package.nameUr,
      nameEn: quote.package.nameEn,
      deliveryDays: quote.package.deliveryDays,
      pricePaisa: quote.package.pricePaisa,
    },
    extras: quote.extras,
    chosenExtraIds: quote.chosenExtras.map((extra) => extra.id),
    extrasError,
    questions: quote.requirements,
    figures: { ...quote.fees, clientFeeBps: quote.feeSchedule.clientFeeBps, deliveryDays: quote.deliveryDays },
    rates: {
      clientFeeBps: quote.feeSchedule.clientFeeBps,
      freelancerFeeBps: quote.feeSchedule.freelancerFeeBps,
      minimumFeePaisa: quote.feeSchedule.minimumFeePaisa,
    },
    options: await paymentOptions(context.db, user.id),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  let answers: AnswerValues[] = [];
  let keep: { values: PaymentValues & { requirements: string; answers: AnswerValues[] }; orderId: string | null } = {
    values: { requirements: "", answers },
    orderId: null,
  };
  let form: FormData;
  try {
    ({ form, answers } = await readRequirementAnswers(request, { db: context.db, userId: user.id }));
  } catch (error) {
    return formErrorResponse(error, keep);
  }
  const requirements = textField(form, "requirements");
  const extraIds = form.getAll("extra").filter((id): id is string => typeof id === "string");
  const payment = readPayment(form);
  // An order placed by an earlier attempt whose payment failed is paid now, not placed again.
  let orderId = textField(form, "orderId") || null;
  keep = { values: { ...payment.values, requirements, answers }, orderId };
  if (!payment.ok) return data({ ...keep, errors: payment.errors }, { status: 400 });
  try {
    // A bad transfer reference is refused before an order exists.
    validateTransfer(payment);
    if (!orderId) {
      const tier = (textField(form, "tier") as Tier) || requestedTier(new URL(request.url));
      const input = { gigId: params.gigId, tier, extraIds, requirements, answers: domainAnswers(answers) };
      const order = await placeGigOrder(context.db, { userId: user.id }, input);
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
  throw redirect(afterPaymentHref(orderId, payment.method));
}

type LoaderData = Route.ComponentProps["loaderData"];

/**
 * What the chosen extras make of the quote, as the domain computes it (the same fee calculator),
 * with the extras those figures include.
 */
function liveFigures(loaderData: LoaderData, chosen: ReadonlySet<string>) {
  const extras = loaderData.extras.filter((extra) => chosen.has(extra.id));
  const subtotal = extras.reduce((sum, extra) => sum + extra.pricePaisa, loaderData.package.pricePaisa);
  const deliveryDays = extras.reduce((days, extra) => days + extra.extraDays, loaderData.package.deliveryDays);
  try {
    return { figures: { ...calculateFees(subtotal, loaderData.rates), clientFeeBps: loaderData.rates.clientFeeBps, deliveryDays }, extras };
  } catch {
    // Beyond what an order can hold: the server refuses it and says why.
    const quoted = new Set(loaderData.chosenExtraIds);
    return { figures: loaderData.figures, extras: loaderData.extras.filter((extra) => quoted.has(extra.id)) };
  }
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  // A new quote (the no-JavaScript "Update total") starts from the extras it was made for.
  return <CheckoutPage key={loaderData.chosenExtraIds.join(",")} loaderData={loaderData} actionData={actionData} />;
}

function CheckoutPage({ loaderData, actionData }: Pick<Route.ComponentProps, "loaderData" | "actionData">) {
  const { t, i18n } = useTranslation("wallet");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const { gig, freelancerName, package: pkg, options, questions } = loaderData;
  const [chosen, setChosen] = useState(() => new Set(loaderData.chosenExtraIds));
  const { figures, extras } = liveFigures(loaderData, chosen);
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, locale);
  const total = money(figures.totalPaisa, locale);
  const fields = actionData?.errors?.fields;
  const state = actionData ? { values: actionData.values, errors: actionData.errors } : undefined;
  const placed = Boolean(actionData?.orderId);
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("checkout.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("checkout.title")}</h1>
      {placed ? <Alert tone="info">{t("checkout.unpaidOrder")}</Alert> : null}
      <FormErrorAlert error={actionData?.errors?.form} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          {loaderData.extras.length > 0 ? (
            <Form method="get" className="flex flex-col gap-3" aria-labelledby="checkout-extras">
              <h2 id="checkout-extras" className="text-xl font-bold">
                {t("checkout.extras")}
              </h2>
              {loaderData.extrasError ? <Alert tone="error">{message(loaderData.extrasError)}</Alert> : null}
              <input type="hidden" name="tier" value={pkg.tier} />
              {loaderData.extras.map((extra) => {
                const extraName = extraTitle(extra, locale);
                const details = extraDescription(extra, locale);
                return (
                  <label key={extra.id} className="flex items-start gap-3 rounded-lg border border-stone-200 p-3">
                    <input
                      type="checkbox"
                      name="extra"
                      value={extra.id}
                      checked={chosen.has(extra.id)}
                      onChange={(event) => toggle(extra.id, event.currentTarget.checked)}
                      disabled={placed}
                      className="mt-1 size-4 accent-emerald-700"
                    />
                    <span className="flex grow flex-col gap-1">
                      <span className="flex flex-wrap justify-between gap-2">
                        <bdi lang={extraName?.lang} className="font-medium">
                          {extraName?.text}
                        </bdi>
                        <span>
                          +{money(extra.pricePaisa, locale)}
                          {extra.extraDays > 0 ? ` · ${t("checkout.extraDays", { count: extra.extraDays })}` : ""}
                        </span>
                      </span>
                      {details ? (
                        <span lang={details.lang} dir="auto" className="text-sm text-stone-700">
                          {details.text}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
              <FieldError id="extras-error">{message(fields?.extraIds)}</FieldError>
              <div>
                <Button type="submit" variant="secondary" disabled={placed}>
                  {t("checkout.updateTotal")}
                </Button>
              </div>
            </Form>
          ) : null}
          <Form method="post" encType="multipart/form-data" className="flex flex-col gap-6">
            <input type="hidden" name="tier" value={pkg.tier} />
            {[...chosen].map((id) => (
              <input key={id} type="hidden" name="extra" value={id} />
            ))}
            {placed ? <input type="hidden" name="orderId" value={actionData?.orderId ?? ""} /> : null}
            {questions.length > 0 ? (
              <fieldset className="flex flex-col gap-3">
                <legend className="mb-1 text-xl font-bold">{t("checkout.questions")}</legend>
                <p className="text-sm text-stone-700">{t("checkout.questionsHint")}</p>
                <RequirementFields questions={questions} state={state} disabled={placed} />
              </fieldset>
            ) : (
              // Gigs without questions keep the free-text brief.
              <TextAreaField
                name="requirements"
                label={t("checkout.requirements")}
                hint={t("checkout.requirementsHint")}
                defaultValue={actionData?.values.requirements ?? ""}
                dir="auto"
                maxLength={5000}
                error={message(fields?.requirements)}
                disabled={placed}
              />
            )}
            <PaymentChoices amountPaisa={figures.totalPaisa} options={options} values={actionData?.values} errors={actionData?.errors} />
            <Button type="submit" size="lg">
              {t("checkout.submit", { total })}
            </Button>
          </Form>
        </div>
        <Card className="flex h-fit flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Link to={gigHref(gig)} lang={title?.lang} dir="auto" className="font-semibold text-emerald-800 hover:underline">
              {title?.text ?? gig.slug}
            </Link>
            <p className="text-sm text-stone-700">
              {t("checkout.package", { tier: t(`gigs:tier.${pkg.tier}`) })}
              {packageName(pkg, locale) ? (
                <>
                  {" · "}
                  <bdi lang={packageName(pkg, locale)?.lang}>{packageName(pkg, locale)?.text}</bdi>
                </>
              ) : null}
            </p>
            <p className="text-sm text-stone-700" data-figure="delivery-days">
              {t("checkout.delivery", { count: figures.deliveryDays })}
            </p>
            {freelancerName ? <p className="text-sm text-stone-700">{t("checkout.by", { name: isolate(freelancerName) })}</p> : null}
          </div>
          <FigureLines figures={figures} extras={extrasInLanguage(extras, locale)} live />
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
