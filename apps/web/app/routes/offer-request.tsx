import { conversationSubjects } from "@hunar/api/conversation-subjects";
import { getGig } from "@hunar/gigs/get-gig";
import type { Locale } from "@hunar/i18n/config";
import { requestOffer } from "@hunar/proposals/offers/request-offer";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect } from "react-router";
import { chatServices } from "#app/chat/chat-services.server.ts";
import { withLiveSystemMessages } from "#app/chat/live-system-messages.server.ts";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/offer-request";

const FIELDS = ["details", "budgetRupees", "days"] as const;

/** A client asks the gig's seller for a custom offer: what they need, optionally a budget and days. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const gig = await orPageError(getGig(context.db, params.gigId, { userId: user.id, isAdmin: user.isAdmin }));
  return {
    gig: {
      id: gig.id,
      slug: gig.slug,
      titleUr: gig.titleUr,
      titleEn: gig.titleEn,
      sellerName: gig.seller.displayName,
      isOwner: gig.viewer.isOwner,
    },
    // The no-JavaScript form's message id: posting the same rendered form twice sends one request.
    clientMessageId: crypto.randomUUID(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const values = Object.fromEntries(FIELDS.map((field) => [field, textField(form, field)]));
  const { limiter, publisher } = chatServices(context);
  try {
    const gig = await orPageError(getGig(context.db, params.gigId, { userId: user.id, isAdmin: user.isAdmin }));
    return await withLiveSystemMessages(
      context,
      [user.id, gig.seller.id],
      async () => {
        const requested = await requestOffer(
          context.db,
          { userId: user.id },
          { ...values, gigId: gig.id, clientMessageId: textField(form, "clientMessageId") },
          { limiter, subjects: conversationSubjects },
        );
        await publisher?.sent(requested.sent);
        throw redirect(`/inbox/${encodeURIComponent(requested.conversationId)}#latest`);
      },
      { gigId: gig.id },
    );
  } catch (error) {
    if (error instanceof Response) throw error;
    return formErrorResponse(error, { values });
  }
}

export default function RequestOffer({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("chat");
  const message = useMessage();
  const { gig, clientMessageId } = loaderData;
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, i18n.language as Locale);
  const values: Record<string, string> = actionData?.values ?? {};
  const fields = actionData?.errors?.fields ?? {};
  const heading = t("offerRequest.title", { name: gig.sellerName });
  return (
    <Container className="flex max-w-2xl flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">
        <bdi>{heading}</bdi>
      </h1>
      <p className="text-stone-700">{t("offerRequest.intro", { name: gig.sellerName })}</p>
      <FormErrorAlert error={actionData?.errors?.form} />
      {gig.isOwner ? <Alert tone="info">{t("proposals:errors.requestOwnGig")}</Alert> : null}
      <Card className="flex flex-col gap-4">
        {title ? (
          <p className="flex flex-wrap gap-x-2 text-stone-700">
            <span>{t("offerRequest.aboutGig")}</span>
            <Link to={gigHref(gig)} className="text-emerald-800 underline">
              <bdi lang={title.lang}>{title.text}</bdi>
            </Link>
          </p>
        ) : null}
        {gig.isOwner ? null : (
          <Form method="post" className="flex flex-col gap-4" noValidate>
            <input type="hidden" name="clientMessageId" value={clientMessageId} />
            <TextAreaField
              name="details"
              label={t("offerRequest.details")}
              hint={t("offerRequest.detailsHint")}
              rows={6}
              maxLength={2000}
              dir="auto"
              defaultValue={values.details}
              error={message(fields.details)}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="budgetRupees"
                label={t("offerRequest.budget")}
                inputMode="numeric"
                defaultValue={values.budgetRupees}
                error={message(fields.budgetRupees)}
              />
              <TextField
                name="days"
                label={t("offerRequest.days")}
                inputMode="numeric"
                defaultValue={values.days}
                error={message(fields.days)}
              />
            </div>
            <div className="flex flex-wrap gap-3">
              <Button type="submit">{t("offerRequest.submit")}</Button>
              <Link to={gigHref(gig)} className={buttonClassName("secondary")}>
                {t("offerRequest.cancel")}
              </Link>
            </div>
          </Form>
        )}
      </Card>
    </Container>
  );
}
