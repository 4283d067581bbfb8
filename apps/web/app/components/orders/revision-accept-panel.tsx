import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { REVISION_REASON_MAX } from "@hunar/orders/work/work-limits";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";

/** What the accept and revision actions answer when they cannot go ahead (see work-actions.server.ts). */
export interface ReviewDeliveryResult {
  intent: "accept" | "requestRevision";
  values: { reason?: string };
  errors: FormErrors;
}

export interface RevisionAcceptPanelProps {
  /** Revisions the client may still ask for; null when the package has no limit. */
  revisionsLeft: number | null;
  /** When the delivered order completes by itself unless the client replies. */
  autoCompleteAt: Date | string | null;
  /** The order page's action result, whichever form sent it; only these two forms' are used. */
  result?: unknown;
}

function asResult(result: unknown): ReviewDeliveryResult | null {
  const intent = typeof result === "object" && result !== null ? (result as { intent?: unknown }).intent : undefined;
  return intent === "accept" || intent === "requestRevision" ? (result as ReviewDeliveryResult) : null;
}

/**
 * For the client of a delivered order: accept the work (the escrow goes to the freelancer) or,
 * while the package has revisions left, send it back with what to change. Two plain POST forms;
 * the page shows this panel only to the client while the order is delivered.
 */
export function RevisionAcceptPanel({ revisionsLeft, autoCompleteAt, result }: RevisionAcceptPanelProps) {
  const { t, i18n } = useTranslation("orders");
  const message = useMessage();
  const locale = i18n.language as Locale;
  const failed = asResult(result);
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("work.review.heading")}</h2>
      {autoCompleteAt ? (
        <p className="text-stone-700">
          {t("work.review.autoCompleteAt", { date: formatDate(autoCompleteAt, locale, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      ) : null}
      <Form method="post" action="?intent=accept" preventScrollReset className="flex flex-col gap-2">
        {failed?.intent === "accept" && failed.errors.form ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
        <p className="text-sm text-stone-600">{t("work.review.acceptNote")}</p>
        <div>
          <Button type="submit">{t("work.review.accept")}</Button>
        </div>
      </Form>
      <RevisionForm revisionsLeft={revisionsLeft} failed={failed?.intent === "requestRevision" ? failed : null} />
    </Card>
  );
}

function RevisionForm({ revisionsLeft, failed }: { revisionsLeft: number | null; failed: ReviewDeliveryResult | null }) {
  const { t } = useTranslation("orders");
  const message = useMessage();
  if (revisionsLeft === 0) return <p className="border-t border-stone-200 pt-4 text-stone-700">{t("work.review.noneLeft")}</p>;
  const reasonError = message(failed?.errors.fields.reason);
  return (
    <Form method="post" action="?intent=requestRevision" preventScrollReset className="flex flex-col gap-3 border-t border-stone-200 pt-4">
      {failed?.errors.form && !reasonError ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
      <p className="text-sm text-stone-600">
        {revisionsLeft === null ? t("work.review.revisionsUnlimited") : t("work.review.revisionsLeft", { count: revisionsLeft })}
      </p>
      <TextAreaField
        name="reason"
        label={t("work.review.reason")}
        hint={t("work.review.reasonHint")}
        dir="auto"
        rows={4}
        required
        maxLength={REVISION_REASON_MAX}
        defaultValue={failed?.values.reason ?? ""}
        error={reasonError}
      />
      <div>
        <Button type="submit" variant="secondary">
          {t("work.review.requestRevision")}
        </Button>
      </div>
    </Form>
  );
}
