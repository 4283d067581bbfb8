// What the /jobs benchmark asks: the list as it opens, queries people type (Urdu, English, Roman
// Urdu, a misspelling), and the filter combinations the form produces. Each timed row rotates
// through its list so no single plan or cache line carries the figure.

export type Query = Record<string, string>;

export const NEWEST_QUERIES: Query[] = [{}];

export const URDU_QUERIES: Query[] = [{ q: "لوگو ڈیزائن" }, { q: "ویب سائٹ" }, { q: "ڈیٹا انٹری" }, { q: "یوٹیوب ویڈیوز" }, { q: "دکان" }];

export const ENGLISH_QUERIES: Query[] = [
  { q: "logo design" },
  { q: "translation" },
  { q: "wordpress" },
  { q: "data entry" },
  { q: "video editing" },
];

export const ROMAN_URDU_QUERIES: Query[] = [
  { q: "logo bnana" },
  { q: "tarjuma" },
  { q: "website bnana" },
  { q: "dukan" },
  { q: "logo desgin" },
];

const FILTERS: Query[] = [
  { min: "20000" },
  { max: "10000" },
  { posted: "7" },
  { category: "graphic-design" },
  { category: "logo-design", min: "5000", max: "50000" },
  { posted: "30", max: "25000" },
];

export const TEXT_AND_FILTER_QUERIES: Query[] = [...URDU_QUERIES, ...ENGLISH_QUERIES, ...ROMAN_URDU_QUERIES].flatMap((text, i) => [
  { ...text, ...FILTERS[i % FILTERS.length] },
  { ...text, ...FILTERS[(i + 3) % FILTERS.length] },
]);

export const FILTER_ONLY_QUERIES: Query[] = FILTERS;

/** Walked page by page to page 50 (20 per page) before page 50 itself is timed. */
export const DEEP_PAGE_QUERIES: { name: string; query: Query }[] = [
  { name: "newest", query: {} },
  { name: "text 'website'", query: { q: "website" } },
  { name: "category graphic-design", query: { category: "graphic-design" } },
];
