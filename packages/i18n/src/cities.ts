import type { Locale } from "./config.ts";

/**
 * The cities a profile or job may name, with their names in both languages. A profile stores the
 * English name (stable, and what search filters and links carry); pages show `cityName` in the
 * reader's language. Ordered by population, which is also the order the picker offers them in.
 */
export const PAKISTAN_CITIES = [
  { en: "Karachi", ur: "کراچی" },
  { en: "Lahore", ur: "لاہور" },
  { en: "Faisalabad", ur: "فیصل آباد" },
  { en: "Rawalpindi", ur: "راولپنڈی" },
  { en: "Gujranwala", ur: "گوجرانوالہ" },
  { en: "Peshawar", ur: "پشاور" },
  { en: "Multan", ur: "ملتان" },
  { en: "Hyderabad", ur: "حیدرآباد" },
  { en: "Islamabad", ur: "اسلام آباد" },
  { en: "Quetta", ur: "کوئٹہ" },
  { en: "Bahawalpur", ur: "بہاولپور" },
  { en: "Sargodha", ur: "سرگودھا" },
  { en: "Sialkot", ur: "سیالکوٹ" },
  { en: "Sukkur", ur: "سکھر" },
  { en: "Larkana", ur: "لاڑکانہ" },
  { en: "Sheikhupura", ur: "شیخوپورہ" },
  { en: "Rahim Yar Khan", ur: "رحیم یار خان" },
  { en: "Jhang", ur: "جھنگ" },
  { en: "Dera Ghazi Khan", ur: "ڈیرہ غازی خان" },
  { en: "Gujrat", ur: "گجرات" },
  { en: "Sahiwal", ur: "ساہیوال" },
  { en: "Wah Cantonment", ur: "واہ کینٹ" },
  { en: "Mardan", ur: "مردان" },
  { en: "Kasur", ur: "قصور" },
  { en: "Okara", ur: "اوکاڑہ" },
  { en: "Mingora", ur: "مینگورہ" },
  { en: "Nawabshah", ur: "نوابشاہ" },
  { en: "Chiniot", ur: "چنیوٹ" },
  { en: "Kotri", ur: "کوٹری" },
  { en: "Kamoke", ur: "کاموکی" },
  { en: "Hafizabad", ur: "حافظ آباد" },
  { en: "Sadiqabad", ur: "صادق آباد" },
  { en: "Mirpur Khas", ur: "میرپور خاص" },
  { en: "Burewala", ur: "بورے والا" },
  { en: "Kohat", ur: "کوہاٹ" },
  { en: "Khanewal", ur: "خانیوال" },
  { en: "Dera Ismail Khan", ur: "ڈیرہ اسماعیل خان" },
  { en: "Turbat", ur: "تربت" },
  { en: "Muzaffargarh", ur: "مظفر گڑھ" },
  { en: "Abbottabad", ur: "ایبٹ آباد" },
  { en: "Mandi Bahauddin", ur: "منڈی بہاؤالدین" },
  { en: "Jhelum", ur: "جہلم" },
  { en: "Gwadar", ur: "گوادر" },
  { en: "Muzaffarabad", ur: "مظفر آباد" },
  { en: "Mirpur", ur: "میرپور" },
  { en: "Gilgit", ur: "گلگت" },
  { en: "Skardu", ur: "سکردو" },
  { en: "Chitral", ur: "چترال" },
] as const;

export type CityName = (typeof PAKISTAN_CITIES)[number]["en"];

const byEnglishName = new Map<string, { en: string; ur: string }>(PAKISTAN_CITIES.map((city) => [city.en, city]));

export function isKnownCity(value: string): value is CityName {
  return byEnglishName.has(value);
}

/** The stored city in the reader's language; a value from before the list is shown as it was written. */
export function cityName(stored: string, locale: Locale): string {
  return byEnglishName.get(stored)?.[locale] ?? stored;
}
