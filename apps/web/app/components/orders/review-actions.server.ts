import { replyToReview as replyToReviewInDomain } from "@hunar/orders/reviews/reply-to-review";
import { submitReview } from "@hunar/orders/reviews/submit-review";
import { redirect } from "react-router";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { orderDoneHref, type OrderActionArgs, type OrderActionHandler } from "./order-action.server.ts";

const RATINGS = ["rating", "communication", "quality", "onTime"] as const;

/** A radio group's value as a number for the domain to check; unchosen stays undefined. */
const ratingOf = (value: string): number | undefined => (value === "" ? undefined : Number(value));

/** `?intent=review`: the viewer's review of the other party (the domain decides who may, and when). */
async function review({ request, context, orderId, user }: OrderActionArgs) {
  const form = await readForm(request);
  const values: Record<string, string> = Object.fromEntries([...RATINGS, "comment"].map((name) => [name, textField(form, name)]));
  const ratings = Object.fromEntries(RATINGS.map((name) => [name, ratingOf(values[name] ?? "")]));
  try {
    // Unchecked form values: the domain validates them (a field error per missing or bad rating).
    await submitReview(context.db, { userId: user.id }, { orderId, comment: values.comment ?? "", ...ratings });
  } catch (error) {
    return formErrorResponse(error, { intent: "review" as const, values });
  }
  throw redirect(orderDoneHref(orderId, "review"));
}

/** `?intent=replyToReview`: the freelancer's one public reply to the client's revealed review. */
async function replyToReview({ request, context, orderId, user }: OrderActionArgs) {
  const form = await readForm(request);
  const values = { reviewId: textField(form, "reviewId"), reply: textField(form, "reply") };
  try {
    await replyToReviewInDomain(context.db, { userId: user.id }, values);
  } catch (error) {
    return formErrorResponse(error, { intent: "replyToReview" as const, values });
  }
  throw redirect(orderDoneHref(orderId, "replyToReview"));
}

export const REVIEW_ACTIONS = { review, replyToReview } satisfies Record<string, OrderActionHandler>;
