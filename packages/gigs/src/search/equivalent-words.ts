/**
 * Words buyers type for the same thing in English, Urdu and Roman Urdu. A query word found here
 * matches any word of its group, so "لوگو" finds a gig titled "I will design your logo" and
 * "tarjuma" one titled "اردو انگریزی ترجمہ". Kept to the marketplace's service vocabulary (the
 * category tree and what sellers write in titles); spelling variants beyond these are left to
 * the spelling correction (spelling.ts). Entries are written normalised (lower case, Urdu letter
 * forms, no diacritics); a phrase of several words matches when all of its words do.
 */
export const EQUIVALENT_WORDS: readonly (readonly string[])[] = [
  ["logo", "لوگو"],
  ["design", "designing", "designer", "ڈیزائن", "ڈیزائنر", "ڈیزائننگ"],
  ["make", "build", "create", "bnana", "banana", "bnaana", "bnwana", "بنانا", "بناؤں", "بنوانا"],
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

/**
 * Words that say little about which service is wanted: function words and the generic "make",
 * "do", "design" people add to a service ("logo bnana", "website design krna", "لوگو ڈیزائن").
 * A gig need not contain them to match (so "logo bnana" finds every logo gig, whatever words its
 * seller used), but gigs that do contain them rank higher. A query of nothing but such words
 * ("design") still has to match them.
 */
export const OPTIONAL_WORDS: ReadonlySet<string> = new Set([
  // English
  "a",
  "an",
  "the",
  "and",
  "or",
  "for",
  "of",
  "in",
  "on",
  "to",
  "with",
  "my",
  "your",
  "our",
  "i",
  "me",
  "we",
  "you",
  "will",
  "can",
  "need",
  "want",
  "get",
  "do",
  "make",
  "build",
  "create",
  "design",
  "designing",
  "designer",
  "service",
  "services",
  "professional",
  "best",
  "cheap",
  // Roman Urdu
  "ka",
  "ki",
  "ke",
  "ko",
  "se",
  "mein",
  "main",
  "me",
  "aur",
  "ya",
  "pe",
  "par",
  "hai",
  "hain",
  "krna",
  "karna",
  "krni",
  "karni",
  "krwana",
  "karwana",
  "kro",
  "karo",
  "bnana",
  "banana",
  "bnaana",
  "bnwana",
  "banwana",
  "chahiye",
  "chahye",
  "wala",
  "wali",
  "wale",
  "sasta",
  "acha",
  "achha",
  "jaldi",
  // Urdu
  "کا",
  "کی",
  "کے",
  "کو",
  "سے",
  "میں",
  "اور",
  "یا",
  "پر",
  "ہے",
  "ہیں",
  "لیے",
  "کرنا",
  "کروانا",
  "بنانا",
  "بنوانا",
  "بناؤں",
  "چاہیے",
  "والا",
  "والی",
  "والے",
  "ڈیزائن",
  "ڈیزائنر",
  "ڈیزائننگ",
]);

const groupByPhrase = new Map<string, readonly string[]>();
for (const group of EQUIVALENT_WORDS) {
  for (const phrase of group) groupByPhrase.set(phrase, group);
}

/** The longest phrase in the list, in words: how far ahead a query is matched against it. */
export const LONGEST_PHRASE = Math.max(...EQUIVALENT_WORDS.flat().map((p) => p.split(" ").length));

export function equivalentsOf(phrase: string): readonly string[] | undefined {
  return groupByPhrase.get(phrase);
}
