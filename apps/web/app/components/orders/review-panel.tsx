import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { REVIEW_COMMENT_MAX, REVIEW_REPLY_MAX } from "@hunar/orders/reviews/review-limits";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { RatingField } from "#app/components/reviews/rating-field.tsx";
import { ReviewCard, type ReviewCardView } from "#app/components/reviews/review-card.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";

/** readOrderReviews' answer as the page receives it. */
export interface ReviewPanelData {
  role: "client" | "freelancer";
  mayWrite: "review" | "reply" | null;
  closesAt: Date | string | null;
  windowOpen: boolean;
  mine: ReviewCardView | null;
  theirs: ReviewCardView | null;
  theirsWaiting: boolean;
}

/** What the review actions answer when a form cannot be accepted (see review-actions.server.ts). */
export interface ReviewActionResult {
  intent: "review" | "replyToReview";
  values: Record<string, string>;
  errors: FormErrors;
}

const DETAILS = ["communication", "quality", "onTime"] as const;

/**
 * The reviews part of the order page: the viewer's review form while the window is open (with the
 * work's details for the client), their own review, the other side's once it is revealed, and
 * the freelancer's reply form under the client's review of them. Plain POST forms.
 */
export function ReviewPanel({ reviews, result, done }: { reviews: ReviewPanelData; result?: unknown; done?: string | null }) {
  const { t, i18n } = useTranslation("reviews");
  const message = useMessage();
  const locale = i18n.language as Locale;
  const failed = asResult(result);
  const closes = reviews.closesAt ? formatDate(reviews.closesAt, locale, { dateStyle: "long", timeStyle: "short" }) : "";
  const theirsTitle = reviews.role === "freelancer" ? t("panel.theirsClient") : t("panel.theirsFreelancer");
  return (
    <section aria-labelledby="order-reviews" className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="order-reviews" className="text-xl font-bold">
        {t("panel.title")}
      </h2>
      {done === "review" ? <Alert tone="success">{t("panel.doneReview")}</Alert> : null}
      {done === "replyToReview" ? <Alert tone="success">{t("panel.doneReply")}</Alert> : null}
      {failed?.errors.form ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
      {reviews.closesAt === null ? <p className="text-stone-700">{t("panel.notYet")}</p> : null}
      {reviews.mayWrite === "review" ? <p className="text-stone-700">{t("panel.blind", { date: closes })}</p> : null}
      {reviews.mine ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("panel.mine")}</h3>
          <ReviewCard review={reviews.mine} />
          {reviews.mine.revealedAt === null ? <p className="text-sm text-stone-600">{t("panel.mineHidden", { date: closes })}</p> : null}
        </div>
      ) : null}
      {reviews.theirs ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{theirsTitle}</h3>
          <ReviewCard review={reviews.theirs} />
        </div>
      ) : reviews.theirsWaiting && reviews.mayWrite === "review" ? (
        <Alert tone="info">{t("panel.theirsWaiting")}</Alert>
      ) : reviews.closesAt !== null && !reviews.windowOpen && !reviews.theirsWaiting ? (
        <p className="text-stone-700">{t("panel.theirsMissing")}</p>
      ) : null}
      {reviews.mayWrite === "review" ? <ReviewForm role={reviews.role} failed={failed?.intent === "review" ? failed : null} /> : null}
      {reviews.mayWrite === "reply" && reviews.theirs ? (
        <ReplyForm reviewId={reviews.theirs.id} failed={failed?.intent === "replyToReview" ? failed : null} />
      ) : null}
      {reviews.closesAt !== null && !reviews.windowOpen && reviews.mayWrite === null && !reviews.mine ? (
        <p className="text-stone-700">{t("panel.closed")}</p>
      ) : null}
    </section>
  );
}

function ReviewForm({ role, failed }: { role: "client" | "freelancer"; failed: ReviewActionResult | null }) {
  const { t } = useTranslation("reviews");
  const message = useMessage();
  const values = failed?.values ?? {};
  const fieldError = (name: string) => message(failed?.errors.fields[name]);
  const isClient = role === "client";
  return (
    <Form method="post" action="?intent=review" preventScrollReset className="flex flex-col gap-4">
      <h3 className="font-semibold">{isClient ? t("panel.formTitleClient") : t("panel.formTitleFreelancer")}</h3>
      <RatingField
        name="rating"
        legend={isClient ? t("panel.overallClient") : t("panel.overallFreelancer")}
        defaultValue={values.rating}
        error={fieldError("rating")}
      />
      {isClient
        ? DETAILS.map((name) => (
            <RatingField key={name} name={name} legend={t(`details.${name}`)} defaultValue={values[name]} error={fieldError(name)} />
          ))
        : null}
      <TextAreaField
        name="comment"
        label={t("panel.comment")}
        hint={t("panel.commentHint", { max: REVIEW_COMMENT_MAX })}
        dir="auto"
        maxLength={REVIEW_COMMENT_MAX}
        defaultValue={values.comment ?? ""}
        error={fieldError("comment")}
      />
      <div>
        <Button type="submit">{t("panel.submit")}</Button>
      </div>
    </Form>
  );
}

function ReplyForm({ reviewId, failed }: { reviewId: string; failed: ReviewActionResult | null }) {
  const { t } = useTranslation("reviews");
  const message = useMessage();
  return (
    <Form method="post" action="?intent=replyToReview" preventScrollReset className="flex flex-col gap-4">
      <input type="hidden" name="reviewId" value={reviewId} />
      <TextAreaField
        name="reply"
        label={t("panel.replyLabel")}
        hint={t("panel.replyHint", { max: REVIEW_REPLY_MAX })}
        dir="auto"
        required
        maxLength={REVIEW_REPLY_MAX}
        defaultValue={failed?.values.reply ?? ""}
        error={message(failed?.errors.fields.reply)}
      />
      <div>
        <Button type="submit">{t("panel.replySubmit")}</Button>
      </div>
    </Form>
  );
}

/** The page's actionData, when it is the answer to one of this panel's forms. */
function asResult(result: unknown): ReviewActionResult | null {
  if (typeof result !== "object" || result === null || !("intent" in result) || !("errors" in result)) return null;
  const intent = (result as { intent: unknown }).intent;
  return intent === "review" || intent === "replyToReview" ? (result as ReviewActionResult) : null;
}
