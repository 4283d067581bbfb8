import { REVIEW_COMMENT_MAX, REVIEW_REPLY_MAX } from "@hunar/orders/reviews/review-limits";
import { Button } from "@hunar/ui/button";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { RatingField } from "./rating-field.tsx";

/** What the review actions answer when a form cannot be accepted (see review-actions.server.ts). */
export interface ReviewActionResult {
  intent: "review" | "replyToReview";
  values: Record<string, string>;
  errors: FormErrors;
}

const DETAILS = ["communication", "quality", "onTime"] as const;

/** The viewer's review: an overall rating, the work's three details for the client, an optional text. */
export function ReviewForm({ role, failed }: { role: "client" | "freelancer"; failed: ReviewActionResult | null }) {
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

/** The freelancer's one public reply to the client's revealed review of them. */
export function ReplyForm({ reviewId, failed }: { reviewId: string; failed: ReviewActionResult | null }) {
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
