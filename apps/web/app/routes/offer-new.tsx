import { getConversation } from "@hunar/chat/get-conversation";
import { OFFER_EXPIRY_DAYS_DEFAULT } from "@hunar/proposals/offers/offer-input";
import { sendOffer } from "@hunar/proposals/offers/send-offer";
import { findOrderableGigTitle } from "@hunar/gigs/orderable-gig";
import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect } from "react-router";
import { withLiveSystemMessages } from "#app/chat/live-system-messages.server.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { Route } from "./+types/offer-new";

/** Rows of the optional milestone plan; empty rows are left out, so no script is needed to add one. */
export const OFFER_PLAN_ROWS = 4;

const TERM_FIELDS = ["title", "description", "priceRupees", "deliveryDays", "revisions", "expiresInDays", "gigId"] as const;

/** A number the form may start with (from the client's request); anything else starts blank. */
const startingNumber = (value: string | null) => (value && /^\d{1,9}$/.test(value) ? value : undefined);

/**
 * The offer form. Answering a client's request for an offer on a gig (`?gigId=` and what they
 * asked for), it names the gig and starts from its title, the client's budget and days.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const conversation = await orPageError(getConversation(context.db, user.id, params.conversationId));
  const url = new URL(request.url);
  const gigId = url.searchParams.get("gigId");
  const gig = gigId ? await findOrderableGigTitle(context.db, gigId) : null;
  return {
    conversation: { id: conversation.id, otherName: conversation.other.displayName },
    gig,
    start: {
      priceRupees: startingNumber(url.searchParams.get("priceRupees")),
      deliveryDays: startingNumber(url.searchParams.get("deliveryDays")),
    },
  };
}

/** The milestone rows someone filled in, in order; a row with every field blank is not a milestone. */
function readPlan(form: FormData) {
  const rows = [];
  for (let row = 0; row < OFFER_PLAN_ROWS; row++) {
    const [title, amountRupees, dueDays] = ["title", "amountRupees", "dueDays"].map((field) =>
      textField(form, `milestones.${row}.${field}`),
    );
    if (title || amountRupees || dueDays) rows.push({ title, amountRupees, dueDays });
  }
  return rows.length > 0 ? rows : null;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const conversation = await orPageError(getConversation(context.db, user.id, params.conversationId));
  const form = await readForm(request);
  const values = Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const terms = Object.fromEntries(TERM_FIELDS.map((field) => [field, textField(form, field)]));
  try {
    return await withLiveSystemMessages(
      context,
      [user.id, conversation.other.id],
      async () => {
        await sendOffer(context.db, { userId: user.id }, { ...terms, conversationId: conversation.id, milestones: readPlan(form) });
        throw redirect(`/inbox/${encodeURIComponent(conversation.id)}#latest`);
      },
      { conversationId: conversation.id },
    );
  } catch (error) {
    if (error instanceof Response) throw error;
    return formErrorResponse(error, { values });
  }
}

export default function NewOffer({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("chat");
  const message = useMessage();
  const { conversation, gig, start } = loaderData;
  const gigTitle = gig ? pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, i18n.language as Locale) : null;
  const values: Record<string, string | undefined> = actionData?.values ?? {
    title: gigTitle?.text,
    priceRupees: start.priceRupees,
    deliveryDays: start.deliveryDays,
  };
  const fields = actionData?.errors?.fields ?? {};
  const error = (name: string) => message(fields[name]);
  return (
    <Container className="flex max-w-3xl flex-col gap-4 py-6">
      <title>{`${t("offer.newTitle", { name: conversation.otherName })} · ${t("common:appName")}`}</title>
      <h1 className="text-2xl font-bold">{t("offer.newTitle", { name: conversation.otherName })}</h1>
      <p className="text-stone-700">{t("offer.newIntro")}</p>
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <Form method="post" className="flex flex-col gap-4" noValidate>
        <Card className="flex flex-col gap-4 p-4">
          {gig && gigTitle ? (
            <p className="flex flex-wrap gap-x-2 text-stone-700">
              <input type="hidden" name="gigId" value={gig.id} />
              <span>{t("offerRequest.aboutGig")}</span>
              <Link to={gigHref(gig)} className="text-emerald-800 underline">
                <bdi lang={gigTitle.lang}>{gigTitle.text}</bdi>
              </Link>
            </p>
          ) : null}
          {error("gigId") ? <p className="text-sm text-red-700">{error("gigId")}</p> : null}
          <TextField
            name="title"
            label={t("offer.fields.title")}
            defaultValue={values.title}
            error={error("title")}
            maxLength={120}
            dir="auto"
          />
          <TextAreaField
            name="description"
            label={t("offer.fields.description")}
            defaultValue={values.description}
            error={error("description")}
            rows={5}
            dir="auto"
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="priceRupees"
              label={t("offer.fields.price")}
              inputMode="numeric"
              defaultValue={values.priceRupees}
              error={error("priceRupees")}
            />
            <TextField
              name="deliveryDays"
              label={t("offer.fields.deliveryDays")}
              inputMode="numeric"
              defaultValue={values.deliveryDays}
              error={error("deliveryDays")}
            />
            <TextField
              name="revisions"
              label={t("offer.fields.revisions")}
              hint={t("offer.fields.revisionsHint")}
              inputMode="numeric"
              defaultValue={values.revisions}
              error={error("revisions")}
            />
            <TextField
              name="expiresInDays"
              label={t("offer.fields.expiresInDays")}
              inputMode="numeric"
              defaultValue={values.expiresInDays ?? String(OFFER_EXPIRY_DAYS_DEFAULT)}
              error={error("expiresInDays")}
            />
          </div>
        </Card>
        <Card className="flex flex-col gap-3 p-4">
          <h2 className="font-semibold">{t("offer.planTitle")}</h2>
          <p className="text-sm text-stone-700">{t("offer.planIntro")}</p>
          {error("milestones") ? <p className="text-sm text-red-700">{error("milestones")}</p> : null}
          {Array.from({ length: OFFER_PLAN_ROWS }, (_, row) => (
            <fieldset key={row} className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
              <legend className="sr-only">{t("offer.planRow", { number: row + 1 })}</legend>
              {(["title", "amountRupees", "dueDays"] as const).map((field) => {
                const name = `milestones.${row}.${field}`;
                return (
                  <TextField
                    key={name}
                    name={name}
                    label={t(`offer.fields.milestone.${field}`, { number: row + 1 })}
                    defaultValue={values[name]}
                    error={error(name)}
                    {...(field === "title" ? { dir: "auto" } : { inputMode: "numeric" })}
                  />
                );
              })}
            </fieldset>
          ))}
        </Card>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("offer.send")}</Button>
          <Link to={`/inbox/${encodeURIComponent(conversation.id)}`} className="text-emerald-800 underline">
            {t("offer.cancel")}
          </Link>
        </div>
      </Form>
    </Container>
  );
}
