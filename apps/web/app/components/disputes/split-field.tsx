import { rupeesText } from "@hunar/core/money";
import { TextField } from "@hunar/ui/field";
import { useTranslation } from "#app/utils/use-translation.ts";
import { money, useLocale } from "#app/components/wallet/money.tsx";

/**
 * Rupees to the freelancer out of the escrow under dispute; the client gets the rest. The escrow
 * the page showed travels as a hidden field, and the domain checks the two add up to what it holds.
 */
export function SplitField({
  escrowPaisa,
  defaultValue,
  error,
  required = true,
}: {
  escrowPaisa: number;
  defaultValue?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  return (
    <>
      <input type="hidden" name="escrowPaisa" value={escrowPaisa} />
      <TextField
        name="freelancerRupees"
        inputMode="decimal"
        label={t("split.freelancerLabel")}
        hint={t("split.hint", { total: money(escrowPaisa, locale), max: rupeesText(escrowPaisa) })}
        defaultValue={defaultValue ?? ""}
        error={error}
        required={required}
      />
    </>
  );
}
