import { TextField } from "@hunar/ui/field";
import { TextAreaField } from "@hunar/ui/text-area";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import type { FieldMessage } from "./field-message.ts";

const LANGUAGES = [
  { suffix: "Ur", lang: "ur", dir: "rtl", label: "form.inUrdu" },
  { suffix: "En", lang: "en", dir: "ltr", label: "form.inEnglish" },
] as const;

interface BilingualFieldsProps {
  /** The posted name without its language: `packages.0.name` posts `packages.0.nameUr` and `packages.0.nameEn`. */
  name: string;
  /** What the field is ("Package name"); each input says its language after it. */
  label: string;
  hint?: ReactNode;
  values: { ur: string | undefined; en: string | undefined };
  error: FieldMessage;
  maxLength?: number;
  /** Rows of a multi-line input; a one-line input without. */
  rows?: number;
  /** One above the other (narrow columns) rather than side by side. */
  stacked?: boolean;
}

/**
 * The same text in Urdu and in English, each input marked with its language and direction so the
 * right font and keyboard come up; either may be left blank (the domain says what is missing).
 */
export function BilingualFields({ name, label, hint, values, error, maxLength, rows, stacked = false }: BilingualFieldsProps) {
  const { t } = useTranslation("gigs");
  return (
    <div className={stacked ? "flex flex-col gap-4" : "grid gap-4 md:grid-cols-2"}>
      {LANGUAGES.map((language) => {
        const field = `${name}${language.suffix}`;
        const common = {
          name: field,
          lang: language.lang,
          dir: language.dir,
          label: t(language.label, { field: label }),
          hint,
          maxLength,
          defaultValue: language.lang === "ur" ? values.ur : values.en,
          error: error(field),
        };
        return rows ? <TextAreaField key={field} rows={rows} {...common} /> : <TextField key={field} {...common} />;
      })}
    </div>
  );
}
