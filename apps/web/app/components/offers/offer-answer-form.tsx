import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";

export type OfferAnswer = "accept" | "decline" | "withdraw";

const LABELS: Record<OfferAnswer, string> = { accept: "offer.accept", decline: "offer.decline", withdraw: "offer.withdraw" };

/**
 * One answer to a custom offer, a plain POST to the offer's page (which checks who may answer).
 * From the card in the conversation, a decline or withdrawal comes back there; accepting always
 * goes on to paying.
 */
export function OfferAnswerForm({
  offerId,
  answer,
  from,
  size = "md",
}: {
  offerId: string;
  answer: OfferAnswer;
  from?: "chat";
  size?: "sm" | "md";
}) {
  const { t } = useTranslation("chat");
  return (
    <Form method="post" action={`/offers/${encodeURIComponent(offerId)}`}>
      <input type="hidden" name="intent" value={answer} />
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <Button type="submit" size={size} variant={answer === "accept" ? "primary" : "secondary"}>
        {t(LABELS[answer])}
      </Button>
    </Form>
  );
}
