// Choices offered by the search filters. Values are what profiles store; language labels come
// from the `pages` namespace (`languages.<code>`), city names from @hunar/i18n/cities.

/** Languages Pakistani freelancers work in (ISO 639 codes, as profiles store them). */
export const SELLER_LANGUAGES = ["ur", "en", "pa", "ps", "sd", "skr", "bal"] as const;

/** The largest cities, as profiles spell them; a city typed elsewhere still works through the URL. */
export const SELLER_CITIES = [
  "Karachi",
  "Lahore",
  "Islamabad",
  "Rawalpindi",
  "Faisalabad",
  "Multan",
  "Peshawar",
  "Quetta",
  "Hyderabad",
  "Sialkot",
  "Gujranwala",
] as const;

export const MIN_RATINGS = ["4.5", "4", "3.5", "3"] as const;

export const DELIVERY_DAY_CHOICES = ["1", "3", "7", "14", "30"] as const;

const known = new Set<string>(SELLER_LANGUAGES);

/** The i18n key of a language's name, or null when we have none (the code is shown as is). */
export function languageKey(code: string): string | null {
  return known.has(code) ? `languages.${code}` : null;
}
