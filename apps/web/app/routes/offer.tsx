import { acceptOffer, declineOffer, withdrawOffer } from "@hunar/proposals/offers/answer-offer";
import { getOffer } from "@hunar/proposals/offers/get-offer";
import { Alert } from "@hunar/ui/alert";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link, redirect } from "react-router";
import { withLiveSystemMessages } from "#app/chat/live-system-messages.server.ts";
import { OfferAnswerForm } from "#app/components/offers/offer-answer-form.tsx";
import { OfferTerms } from "#app/components/offers/offer-terms.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/offer";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const offer = await orPageError(getOffer(context.db, { userId: user.id }, params.offerId));
  return { offer, done: new URL(request.url).searchParams.get("done") };
}

const ANSWERS = {
  accept: acceptOffer,
  decline: declineOffer,
  withdraw: withdrawOffer,
} as const;

/**
 * Accept, decline or withdraw, as plain form posts. The domain checks the party and the offer's
 * state under its lock; the card's notice in the conversation goes out live afterwards.
 */
export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const actor = { userId: user.id };
  const offer = await orPageError(getOffer(context.db, actor, params.offerId));
  const form = await readForm(request);
  const intent = textField(form, "intent");
  // Answered from the card in the conversation: back there, where the answer shows as a note.
  const back =
    textField(form, "from") === "chat" && offer.conversationId ? `/inbox/${encodeURIComponent(offer.conversationId)}#latest` : null;
  if (!Object.hasOwn(ANSWERS, intent)) return data({ errors: { form: { key: "errors:invalid" } } }, { status: 400 });
  try {
    return await withLiveSystemMessages(
      context,
      [offer.clientId, offer.freelancerId],
      async () => {
        if (intent === "accept") {
          const { orderId } = await acceptOffer(context.db, actor, offer.id);
          // The order waits for the client's payment: straight to paying it.
          throw redirect(`/orders/${encodeURIComponent(orderId)}/pay`);
        }
        await ANSWERS[intent as "decline" | "withdraw"](context.db, actor, offer.id);
        throw redirect(back ?? `/offers/${encodeURIComponent(offer.id)}?done=${intent}`);
      },
      { offerId: offer.id },
    );
  } catch (error) {
    if (error instanceof Response) throw error;
    return formErrorResponse(error, {});
  }
}

export default function OfferPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("chat");
  const message = useMessage();
  const { offer, done } = loaderData;
  return (
    <Container className="flex max-w-3xl flex-col gap-4 py-6">
      <title>{`${t("offer.pageTitle", { title: offer.title })} · ${t("common:appName")}`}</title>
      <h1 className="text-2xl font-bold">{t("offer.heading")}</h1>
      {done === "decline" || done === "withdraw" ? <Alert tone="success">{t(`offer.done.${done}`)}</Alert> : null}
      {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <Card className="flex flex-col gap-4 p-4">
        <OfferTerms offer={offer} />
        {offer.order ? (
          <Link to={`/orders/${encodeURIComponent(offer.order.id)}`} className="text-emerald-800 underline">
            {t("offer.openOrder", { number: offer.order.number })}
          </Link>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {(["accept", "decline", "withdraw"] as const).map((answer) =>
            offer.may[answer] ? <OfferAnswerForm key={answer} offerId={offer.id} answer={answer} /> : null,
          )}
        </div>
      </Card>
      {offer.conversationId ? (
        <Link to={`/inbox/${encodeURIComponent(offer.conversationId)}#latest`} className="self-start text-sm text-emerald-800 underline">
          {t("offer.backToConversation")}
        </Link>
      ) : null}
    </Container>
  );
}
