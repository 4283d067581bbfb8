import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { MAX_DELIVERY_FILE_MB, MAX_DELIVERY_FILES } from "@hunar/orders/work/delivery-file-limits";
import { AUTO_COMPLETE_DAYS } from "@hunar/orders/work/work-timing";
import { DELIVERY_MESSAGE_MAX } from "@hunar/orders/work/work-limits";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { FileField } from "@hunar/ui/file-field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import { OrderFileList } from "#app/components/orders/order-file-list.tsx";
import { isolate } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";

interface PersonView {
  id: string;
  displayName: string;
}

/** readOrderDeliveries' answer as the page receives it (dates may arrive as strings). */
export interface DeliveryItemView {
  id: string;
  message: string;
  createdAt: Date | string;
  /** The contract milestone it delivered; null for an order without milestones. */
  milestoneId?: string | null;
  sender: PersonView;
  files: Array<{ id: string; fileName: string; mimeType: string; byteSize: number }>;
  revisionRequests: Array<{ id: string; message: string; createdAt: Date | string; requester: PersonView }>;
}

/** What the deliver action answers when it cannot accept the form (see work-actions.server.ts). */
export interface DeliverActionResult {
  intent: "deliver";
  values: { message: string; files: Array<{ id: string; fileName: string }> };
  errors: FormErrors;
}

export interface DeliveryPanelProps {
  orderId: string;
  deliveries: DeliveryItemView[];
  /** The viewer is the freelancer and the order is in progress with its requirements in. */
  canDeliver: boolean;
  /** A contract's milestone being worked on; null for an order without milestones. */
  currentMilestoneId?: string | null;
  /** The order page's action result, whichever form sent it; only the deliver form's is used. */
  result?: unknown;
}

function asDeliverResult(result: unknown): DeliverActionResult | null {
  return typeof result === "object" && result !== null && (result as { intent?: unknown }).intent === "deliver"
    ? (result as DeliverActionResult)
    : null;
}

/**
 * The order's deliveries, newest first, with their files to download and what the client asked
 * to change; for the freelancer while the work is in progress, the deliver form (a plain
 * multipart POST that works without JavaScript).
 */
export function DeliveryPanel({ orderId, deliveries, canDeliver, currentMilestoneId = null, result }: DeliveryPanelProps) {
  const { t } = useTranslation("orders");
  if (deliveries.length === 0 && !canDeliver) return null;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("work.deliveries.heading")}</h2>
      {deliveries.length === 0 ? <p className="text-stone-700">{t("work.deliveries.empty")}</p> : null}
      {deliveries.length > 0 ? (
        <ol className="flex flex-col gap-4">
          {deliveries.map((delivery, index) => (
            <DeliveryItem key={delivery.id} orderId={orderId} delivery={delivery} latest={index === 0} />
          ))}
        </ol>
      ) : null}
      {/* Delivering again is a revision only of the same work: a contract's next milestone is a first delivery. */}
      {canDeliver ? (
        <DeliverForm
          redelivery={deliveries.some((delivery) => (delivery.milestoneId ?? null) === currentMilestoneId)}
          failed={asDeliverResult(result)}
        />
      ) : null}
    </Card>
  );
}

function DeliveryItem({ orderId, delivery, latest }: { orderId: string; delivery: DeliveryItemView; latest: boolean }) {
  const { t, i18n } = useTranslation("orders");
  const locale = i18n.language as Locale;
  const when = (date: Date | string) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-col gap-3 rounded-md border border-stone-200 p-4">
      <p className="text-sm text-stone-600">
        {latest ? <strong className="me-2 rounded bg-emerald-50 px-2 text-emerald-900">{t("work.deliveries.latest")}</strong> : null}
        {t("work.deliveries.deliveredBy", { name: isolate(delivery.sender.displayName), date: when(delivery.createdAt) })}
      </p>
      <p dir="auto" className="whitespace-pre-line">
        {delivery.message}
      </p>
      {delivery.files.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold">{t("work.deliveries.files")}</h3>
          <OrderFileList orderId={orderId} files={delivery.files} label={(name) => t("work.deliveries.download", { name })} />
        </div>
      ) : null}
      {delivery.revisionRequests.map((revision) => (
        <div key={revision.id} className="flex flex-col gap-1 border-s-4 border-amber-300 ps-3">
          <p className="text-sm text-stone-600">
            {t("work.deliveries.revisionRequested", { name: isolate(revision.requester.displayName), date: when(revision.createdAt) })}
          </p>
          <p dir="auto" className="whitespace-pre-line">
            {revision.message}
          </p>
        </div>
      ))}
    </li>
  );
}

function DeliverForm({ redelivery, failed }: { redelivery: boolean; failed: DeliverActionResult | null }) {
  const { t, i18n } = useTranslation("orders");
  const message = useMessage();
  const fieldError = (name: string) => message(failed?.errors.fields[name]);
  const kept = failed?.values.files ?? [];
  return (
    <Form
      method="post"
      action="?intent=deliver"
      encType="multipart/form-data"
      preventScrollReset
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h3 className="text-lg font-semibold">{t("work.deliver.heading")}</h3>
      {failed?.errors.form ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
      <TextAreaField
        name="message"
        label={t("work.deliver.message")}
        hint={t("work.deliver.messageHint")}
        dir="auto"
        rows={5}
        required
        maxLength={DELIVERY_MESSAGE_MAX}
        defaultValue={failed?.values.message ?? ""}
        error={fieldError("message")}
      />
      {kept.length > 0 ? (
        <div className="flex flex-col gap-1 text-sm text-stone-700">
          <span className="font-medium text-stone-800">{t("work.deliver.kept")}</span>
          <ul className="flex flex-col gap-1">
            {kept.map((file) => (
              <li key={file.id}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="keptFile" value={`${file.id}/${file.fileName}`} defaultChecked />
                  <bdi>{file.fileName}</bdi>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FileField
        id="deliver-files"
        name="files"
        multiple
        label={t("work.deliver.files")}
        hint={t("work.deliver.filesHint", { max: MAX_DELIVERY_FILES, maxMb: MAX_DELIVERY_FILE_MB })}
        error={fieldError("files") ?? fieldError("attachmentIds")}
        {...fileFieldTexts(t, i18n.language, "many")}
      />
      <p className="text-sm text-stone-600">{t("work.deliver.autoCompleteNote", { days: AUTO_COMPLETE_DAYS })}</p>
      <div>
        <Button type="submit">{redelivery ? t("work.deliver.redeliver") : t("work.deliver.submit")}</Button>
      </div>
    </Form>
  );
}
