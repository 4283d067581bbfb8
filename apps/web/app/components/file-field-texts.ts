import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import type { TFunction } from "i18next";

/** The page-language texts a FileField (@hunar/ui/file-field) shows beside its button. */
export function fileFieldTexts(t: TFunction, locale: string, choose: "one" | "many" | "images") {
  const key = choose === "one" ? "common:files.chooseOne" : choose === "images" ? "common:files.chooseImages" : "common:files.chooseMany";
  return {
    chooseLabel: t(key),
    noFileText: t("common:files.none"),
    filesChosenText: (count: number) => t("common:files.chosen", { count, formatted: formatNumber(count, locale as Locale) }),
  };
}
