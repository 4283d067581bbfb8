import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { SelectField } from "@hunar/ui/select";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";

export interface ReportResult {
  done: boolean;
  errors?: FormErrors | null;
  values?: { reason: string; note: string } | null;
}

/** What is reported: a gig (its page's action) or the person whose profile this is (intent "report"). */
export type ReportTarget = { kind: "gig"; gigId: string } | { kind: "user" };

/**
 * "Report this gig" or "Report this user": folded away until wanted, a plain POST form that works
 * without JavaScript. The reasons and the note's limit come from the loader, so the page's script
 * does not carry the validation library just for them.
 */
export function ReportGigForm({
  target,
  reasons,
  noteMax,
  result,
}: {
  target: ReportTarget;
  reasons: readonly string[];
  noteMax: number;
  result: ReportResult | undefined;
}) {
  const { t } = useTranslation("pages");
  const message = useMessage();
  const errors = result?.errors;
  const isUser = target.kind === "user";
  return (
    <details open={Boolean(result)} className="rounded-lg border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-stone-700">
        {isUser ? t("gigs:report.userTitle") : t("gigs:report.title")}
      </summary>
      <div className="flex flex-col gap-4 pt-4">
        {result?.done ? <Alert tone="success">{isUser ? t("gigs:report.userSent") : t("gigs:report.sent")}</Alert> : null}
        {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
        {result?.done ? null : (
          <Form method="post" className="flex max-w-lg flex-col gap-4" preventScrollReset>
            {target.kind === "gig" ? (
              <input type="hidden" name="gigId" value={target.gigId} />
            ) : (
              <input type="hidden" name="intent" value="report" />
            )}
            <SelectField
              name="reason"
              label={t("gigs:report.reason")}
              required
              defaultValue={result?.values?.reason ?? ""}
              error={message(errors?.fields.reason)}
            >
              <option value="" disabled>
                {t("report.chooseReason")}
              </option>
              {reasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`gigs:reportReason.${reason}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              name="note"
              label={t("gigs:report.note")}
              hint={isUser ? t("gigs:report.userNoteHint") : t("report.noteHint")}
              dir="auto"
              maxLength={noteMax}
              defaultValue={result?.values?.note ?? ""}
              error={message(errors?.fields.note)}
            />
            <div>
              <Button type="submit" variant="danger">
                {t("gigs:report.submit")}
              </Button>
            </div>
          </Form>
        )}
      </div>
    </details>
  );
}
