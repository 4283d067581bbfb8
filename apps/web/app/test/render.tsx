import type { Locale } from "@hunar/i18n/config";
import { createI18n } from "@hunar/i18n/instance";
import { resources } from "@hunar/i18n/resources";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";

/** Renders with the real translations of one language, as the root layout provides them. */
export function renderInLocale(ui: ReactElement, locale: Locale = "ur") {
  const i18n = createI18n(locale, resources[locale]);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
