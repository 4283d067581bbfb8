import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { useTranslation } from "#app/utils/use-translation.ts";
import { ReviewCard, type ReviewCardView } from "#app/components/reviews/review-card.tsx";
import { ReplyForm, type ReviewActionResult, ReviewForm } from "#app/components/reviews/review-forms.tsx";
import { useMessage } from "#app/hooks/use-message.ts";

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

/** The page's actionData, when it is the answer to one of this panel's forms. */
function asResult(result: unknown): ReviewActionResult | null {
  if (typeof result !== "object" || result === null || !("intent" in result) || !("errors" in result)) return null;
  const intent = (result as { intent: unknown }).intent;
  return intent === "review" || intent === "replyToReview" ? (result as ReviewActionResult) : null;
}
