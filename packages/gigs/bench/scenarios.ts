// What the benchmark asks: queries people type (English, Urdu, Roman Urdu, a misspelling) and
// filter combinations the /search form produces. Each timed row rotates through its list so no
// single plan or cache line carries the figure.

export type Query = Record<string, string>;

export const TEXT_QUERIES: Query[] = [
  { q: "logo design" },
  { q: "لوگو ڈیزائن" },
  { q: "logo bnana" },
  { q: "website bnana" },
  { q: "ترجمہ" },
  { q: "video edit krna" },
  { q: "data entry" },
  { q: "wordpress website" },
  { q: "logo desgin" },
  { q: "quran parhana" },
  { q: "آن لائن اسٹور" },
  { q: "facebook ads" },
];

const FILTERS: Query[] = [
  { min: "1000", max: "20000" },
  { days: "3" },
  { rating: "4", city: "Lahore" },
  { max: "15000", days: "5", lang: "en" },
  { category: "graphic-design", max: "25000" },
  { min: "5000", sort: "price_asc" },
  { category: "web-mobile-development", rating: "4.5", sort: "rating" },
  { city: "Karachi", sort: "newest" },
];

export const TEXT_AND_FILTER_QUERIES: Query[] = TEXT_QUERIES.flatMap((text, i) => [
  { ...text, ...FILTERS[i % FILTERS.length] },
  { ...text, ...FILTERS[(i + 3) % FILTERS.length] },
]);

export const FILTER_ONLY_QUERIES: Query[] = [
  { category: "graphic-design" },
  { category: "logo-design", sort: "price_asc" },
  { min: "2000", max: "10000", days: "3" },
  { city: "Karachi", rating: "4.5" },
  { category: "web-mobile-development", sort: "newest" },
  { rating: "4", sort: "rating" },
  { lang: "en", max: "5000", sort: "price_desc" },
  { category: "translation", days: "2", sort: "price_asc" },
  { city: "Multan", category: "content-writing" },
  { min: "20000", sort: "price_desc", rating: "3" },
];

/** Every sort over the whole catalogue: the /search page with nothing chosen. */
export const BROWSE_QUERIES: Query[] = ["relevance", "price_asc", "price_desc", "rating", "newest"].map((sort) => ({ sort }));

/** Walked page by page to page 50 (20 per page) before page 50 itself is timed. */
export const DEEP_PAGE_QUERIES: { name: string; query: Query }[] = [
  { name: "text 'website', relevance", query: { q: "website" } },
  { name: "all gigs, newest", query: { sort: "newest" } },
  { name: "category graphic-design, price up", query: { category: "graphic-design", sort: "price_asc" } },
  { name: "all gigs, rating", query: { sort: "rating" } },
];
