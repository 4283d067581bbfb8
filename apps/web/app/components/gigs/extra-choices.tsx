import type { Locale } from "@hunar/i18n/config";
import { formatMoney } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { extraTitle } from "#app/utils/localized-listing.ts";
import { ORDER_FORM_ID } from "./gig-actions.tsx";

export interface ExtraChoice {
  id: string;
  titleUr: string | null;
  titleEn: string | null;
  pricePaisa: number;
  extraDays: number;
}

/**
 * The gig's extras as checkboxes of the order form (joined through their form attribute, like
 * the package radios), so the chosen ones reach checkout as `?extra=<id>` without JavaScript.
 */
export function ExtraChoices({ extras }: { extras: ExtraChoice[] }) {
  const { t, i18n } = useTranslation("wallet");
  const locale = i18n.language as Locale;
  if (extras.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-lg font-bold">{t("checkout.extras")}</legend>
      {extras.map((extra) => {
        const title = extraTitle(extra, locale);
        return (
          <label key={extra.id} className="flex items-center gap-3">
            <input type="checkbox" name="extra" value={extra.id} form={ORDER_FORM_ID} className="size-4 accent-emerald-700" />
            <bdi lang={title?.lang} className="grow">
              {title?.text}
            </bdi>
            <span className="text-sm text-stone-700">
              +{formatMoney(extra.pricePaisa, locale)}
              {extra.extraDays > 0 ? ` · ${t("checkout.extraDays", { count: extra.extraDays })}` : ""}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
