import type { Locale } from "@hunar/i18n/config";
import { formatMoney } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { packageDescription, packageFeatures, packageName } from "#app/utils/localized-listing.ts";
import { ORDER_FORM_ID } from "./gig-actions.tsx";

export interface PackageView {
  id: string;
  tier: string;
  nameUr: string | null;
  nameEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  pricePaisa: number;
  deliveryDays: number;
  revisions: number | null;
  featuresUr: string[];
  featuresEn: string[];
}

/**
 * The packages side by side (stacked on narrow screens), one selected. Radio buttons select
 * without JavaScript and the selected card is highlighted in CSS; `?package=STANDARD` in a
 * shared link preselects one.
 */
export function PackagePicker({ packages }: { packages: PackageView[] }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const [params] = useSearchParams();
  const wanted = params.get("package");
  const selected = packages.find((pkg) => pkg.tier === wanted)?.tier ?? packages[0]?.tier;
  if (packages.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-3 text-xl font-bold">{t("gig.packagesTitle")}</legend>
      <div className="grid gap-4 md:grid-cols-3">
        {packages.map((pkg) => {
          const name = packageName(pkg, locale);
          const description = packageDescription(pkg, locale);
          const features = packageFeatures(pkg, locale);
          return (
            <label
              key={pkg.id}
              className="flex cursor-pointer flex-col gap-3 rounded-lg border-2 border-stone-200 bg-white p-4 has-checked:border-emerald-700 has-checked:ring-2 has-checked:ring-emerald-700/20"
            >
              <span className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="package"
                    form={ORDER_FORM_ID}
                    value={pkg.tier}
                    defaultChecked={pkg.tier === selected}
                    className="size-4 accent-emerald-700"
                  />
                  <span className="text-sm font-semibold text-stone-600">{t(`gigs:tier.${pkg.tier}`)}</span>
                </span>
                <span className="text-lg font-bold">{formatMoney(pkg.pricePaisa, locale)}</span>
              </span>
              {name ? (
                <span lang={name.lang} dir="auto" className="font-semibold">
                  {name.text}
                </span>
              ) : null}
              {description ? (
                <span lang={description.lang} dir="auto" className="text-sm text-stone-700">
                  {description.text}
                </span>
              ) : null}
              <span className="flex flex-col gap-1 text-sm text-stone-700">
                <span>{t("gig.deliveryDays", { count: pkg.deliveryDays })}</span>
                <span>{pkg.revisions === null ? t("gig.unlimitedRevisions") : t("gig.revisions", { count: pkg.revisions })}</span>
              </span>
              {features.items.length > 0 ? (
                <ul lang={features.lang} className="flex flex-col gap-1 text-sm">
                  {features.items.map((feature, index) => (
                    <li key={index} className="flex items-start gap-2">
                      <span aria-hidden="true" className="text-emerald-700">
                        ✓
                      </span>
                      <bdi>{feature}</bdi>
                    </li>
                  ))}
                </ul>
              ) : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
