import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { RATING_MAX, RATING_MIN } from "@hunar/orders/reviews/review-limits";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";

const VALUES = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index);

/**
 * Star ratings as a radio group: a real form control that posts without JavaScript and that
 * keyboards and screen readers already know, each choice named "4 stars".
 */
export function RatingField(props: { name: string; legend: ReactNode; defaultValue?: string | undefined; error?: string | undefined }) {
  const { name, legend, defaultValue, error } = props;
  const { t, i18n } = useTranslation("reviews");
  const locale = i18n.language as Locale;
  const choices = VALUES.map((value) => ({
    value: String(value),
    label: (
      <>
        <span aria-hidden="true" className="text-amber-600">
          {"★".repeat(value)}
        </span>{" "}
        {t("starChoice", { count: value, stars: formatNumber(value, locale) })}
      </>
    ),
  }));
  return <ChoiceGroup name={name} legend={legend} choices={choices} required error={error} defaultValue={defaultValue} />;
}
