import { Button } from "@hunar/ui/button";
import { inputClassName } from "@hunar/ui/field";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";

export const REPORT_REASONS = ["SPAM", "SCAM", "OFF_PLATFORM_PAYMENT", "OFFENSIVE", "COPYRIGHT", "OTHER"] as const;

/** A small disclosure under someone else's message; posts to the conversation's action. */
export function ReportMessageForm({ messageId }: { messageId: string }) {
  const { t } = useTranslation("chat");
  const reasonId = `report-reason-${messageId}`;
  const detailsId = `report-details-${messageId}`;
  return (
    <details className="text-xs text-stone-600">
      <summary className="cursor-pointer list-none hover:underline">{t("conversation.report")}</summary>
      <Form
        method="post"
        className="mt-2 flex w-64 max-w-full flex-col gap-2 rounded-md border border-stone-200 bg-white p-3 text-sm"
        aria-label={t("conversation.reportTitle")}
      >
        <input type="hidden" name="intent" value="report" />
        <input type="hidden" name="messageId" value={messageId} />
        <label htmlFor={reasonId} className="font-medium text-stone-800">
          {t("conversation.reportReason")}
        </label>
        <select id={reasonId} name="reason" required className={inputClassName} defaultValue="">
          <option value="" disabled />
          {REPORT_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`conversation.reasons.${reason}`)}
            </option>
          ))}
        </select>
        <label htmlFor={detailsId} className="font-medium text-stone-800">
          {t("conversation.reportDetails")}
        </label>
        <textarea id={detailsId} name="details" rows={2} maxLength={1000} dir="auto" className={inputClassName} />
        <Button type="submit" size="sm" variant="danger">
          {t("conversation.reportSubmit")}
        </Button>
      </Form>
    </details>
  );
}
