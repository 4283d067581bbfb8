import { MAX_EVIDENCE_FILES } from "@hunar/disputes/dispute-rules";
import { MAX_DELIVERY_FILE_MB } from "@hunar/orders/work/delivery-file-limits";
import { FileField } from "@hunar/ui/file-field";
import { useTranslation } from "#app/utils/use-translation.ts";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";

/** The evidence files of a dispute form (`files`, read by evidence-form.server.ts), with their limits and error. */
export function EvidenceField({ id, error }: { id: string; error: string | undefined }) {
  const { t, i18n } = useTranslation("disputes");
  return (
    <FileField
      id={id}
      name="files"
      multiple
      label={t("thread.files")}
      hint={t("thread.filesHint", { max: MAX_EVIDENCE_FILES, maxMb: MAX_DELIVERY_FILE_MB })}
      error={error}
      {...fileFieldTexts(t, i18n.language, "many")}
    />
  );
}
