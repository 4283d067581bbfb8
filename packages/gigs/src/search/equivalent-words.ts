/**
 * Words buyers type for the same thing in English, Urdu and Roman Urdu. A query word found here
 * matches any word of its group, so "لوگو ڈیزائن" finds a gig titled "I will design your logo"
 * and "logo bnana" finds one titled "لوگو ڈیزائن". Kept to the marketplace's service vocabulary
 * (the category tree and what sellers write in titles); spelling variants beyond these are left
 * to trigram similarity. Entries are written normalised (lower case, Urdu letter forms, no
 * diacritics); a phrase of several words matches when all of its words do.
 *
 * "make" and "design" share a group on purpose: Roman Urdu "bnana" (to make) is how people ask
 * for a logo or a website to be designed.
 */
export const EQUIVALENT_WORDS: readonly (readonly string[])[] = [
  ["logo", "لوگو"],
  [
    "design", "designing", "designer", "ڈیزائن", "ڈیزائنر", "ڈیزائننگ",
    "make", "build", "create", "bnana", "banana", "bnaana", "bnwana", "بنانا", "بناؤں", "بنوانا",
  ],
  ["website", "web site", "ویب سائٹ", "ویبسائٹ"],
  ["app", "application", "ایپ", "ایپلیکیشن"],
  ["android", "اینڈرائیڈ", "اینڈرائڈ"],
  ["video", "ویڈیو", "وڈیو"],
  ["edit", "editing", "editor", "ایڈٹ", "ایڈیٹنگ", "ایڈیٹر"],
  ["write", "writing", "writer", "likhna", "likhnay", "لکھنا", "لکھائی", "تحریر"],
  ["article", "articles", "mazmoon", "مضمون", "مضامین"],
  ["blog", "blogs", "بلاگ"],
  ["content", "مواد"],
  ["translation", "translate", "translator", "tarjuma", "tarjama", "ترجمہ", "مترجم"],
  ["urdu", "اردو"],
  ["english", "angrezi", "انگریزی", "انگلش"],
  ["seo", "ایس ای او"],
  ["data entry", "ڈیٹا انٹری"],
  ["typing", "ٹائپنگ"],
  ["ads", "ad", "advertising", "advert", "ishtehar", "ishtihar", "اشتہار", "اشتہارات"],
  ["marketing", "مارکیٹنگ"],
  ["social media", "سوشل میڈیا"],
  ["facebook", "فیس بک", "فیسبک"],
  ["instagram", "انسٹاگرام"],
  ["youtube", "یوٹیوب"],
  ["store", "shop", "dukan", "اسٹور", "سٹور", "دکان", "شاپ"],
  ["online", "آن لائن"],
  ["business", "karobar", "کاروبار", "کاروباری", "بزنس"],
  ["card", "cards", "کارڈ"],
  ["cv", "resume", "سی وی"],
  ["voice over", "voiceover", "وائس اوور"],
  ["tuition", "tutor", "teaching", "parhana", "پڑھانا", "ٹیوشن"],
  ["quran", "قرآن"],
  ["tax", "ٹیکس"],
  ["wordpress", "ورڈپریس", "ورڈ پریس"],
  ["shopify", "شاپیفائی"],
  ["animation", "اینیمیشن"],
  ["illustration", "illustrations", "cartoon", "تصاویر", "کارٹون", "خاکے"],
  ["photo", "picture", "tasveer", "تصویر", "فوٹو"],
  ["wedding", "shadi", "shaadi", "شادی"],
  ["menu", "مینو"],
  ["brand", "branding", "برانڈ", "برانڈنگ"],
];

const groupByPhrase = new Map<string, readonly string[]>();
for (const group of EQUIVALENT_WORDS) {
  for (const phrase of group) groupByPhrase.set(phrase, group);
}

/** The longest phrase in the list, in words: how far ahead a query is matched against it. */
export const LONGEST_PHRASE = Math.max(...EQUIVALENT_WORDS.flat().map((p) => p.split(" ").length));

export function equivalentsOf(phrase: string): readonly string[] | undefined {
  return groupByPhrase.get(phrase);
}
