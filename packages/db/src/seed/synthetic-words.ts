/**
 * Word lists the synthetic generator composes listings from. Each service names its category and
 * comes in English, Urdu and the Roman Urdu people actually type into search ("logo bnana"), so
 * benchmark data exercises the same mixed-script search that real listings will.
 */
export interface ServiceWords {
  category: string;
  en: string;
  ur: string;
  roman: string;
}

export const SERVICES: readonly ServiceWords[] = [
  { category: "logo-design", en: "logo design", ur: "لوگو ڈیزائن", roman: "logo bnana" },
  {
    category: "brand-identity",
    en: "brand identity",
    ur: "برانڈ کی پہچان",
    roman: "brand design krna",
  },
  {
    category: "social-media-design",
    en: "social media posts",
    ur: "سوشل میڈیا پوسٹس",
    roman: "post design krna",
  },
  {
    category: "print-design",
    en: "flyer and business card",
    ur: "فلائر اور بزنس کارڈ",
    roman: "visiting card bnana",
  },
  { category: "illustration", en: "illustrations", ur: "تصاویر اور خاکے", roman: "cartoon bnana" },
  {
    category: "website-development",
    en: "business website",
    ur: "کاروباری ویب سائٹ",
    roman: "website bnana",
  },
  {
    category: "ecommerce-stores",
    en: "Shopify store",
    ur: "آن لائن اسٹور",
    roman: "online store bnana",
  },
  {
    category: "wordpress",
    en: "WordPress website",
    ur: "ورڈپریس ویب سائٹ",
    roman: "wordpress site bnana",
  },
  { category: "mobile-apps", en: "Android app", ur: "اینڈرائیڈ ایپ", roman: "app bnana" },
  {
    category: "website-maintenance",
    en: "website bug fixes",
    ur: "ویب سائٹ کی خرابیاں",
    roman: "website theek krna",
  },
  { category: "articles-blogs", en: "blog articles", ur: "بلاگ مضامین", roman: "article likhna" },
  { category: "urdu-content", en: "Urdu content", ur: "اردو مواد", roman: "urdu mein likhna" },
  { category: "copywriting", en: "ad copy", ur: "اشتہاری تحریر", roman: "ad likhna" },
  { category: "cv-writing", en: "professional CV", ur: "پیشہ ورانہ سی وی", roman: "cv bnana" },
  {
    category: "product-descriptions",
    en: "product descriptions",
    ur: "مصنوعات کی تفصیل",
    roman: "product detail likhna",
  },
  {
    category: "urdu-english-translation",
    en: "Urdu English translation",
    ur: "اردو انگریزی ترجمہ",
    roman: "tarjuma krna",
  },
  {
    category: "document-translation",
    en: "document translation",
    ur: "دستاویزات کا ترجمہ",
    roman: "documents ka tarjuma",
  },
  {
    category: "transcription",
    en: "audio transcription",
    ur: "آڈیو سے تحریر",
    roman: "audio likhna",
  },
  { category: "subtitles", en: "video subtitles", ur: "ویڈیو سب ٹائٹلز", roman: "subtitle lagana" },
  {
    category: "youtube-videos",
    en: "YouTube video editing",
    ur: "یوٹیوب ویڈیو ایڈیٹنگ",
    roman: "video edit krna",
  },
  { category: "short-videos", en: "reels and shorts", ur: "ریلز اور شارٹس", roman: "reels bnana" },
  {
    category: "event-videos",
    en: "wedding video editing",
    ur: "شادی کی ویڈیو",
    roman: "shadi ki video edit",
  },
  { category: "animation", en: "2D animation", ur: "2D اینیمیشن", roman: "animation bnana" },
  {
    category: "social-media-marketing",
    en: "social media management",
    ur: "سوشل میڈیا کا انتظام",
    roman: "page chalana",
  },
  { category: "seo", en: "SEO", ur: "ایس ای او", roman: "google pe upar lana" },
  {
    category: "paid-ads",
    en: "Facebook ads",
    ur: "فیس بک اشتہارات",
    roman: "facebook ads chalana",
  },
  {
    category: "ecommerce-marketing",
    en: "Daraz store management",
    ur: "دراز اسٹور کا انتظام",
    roman: "daraz store chalana",
  },
  { category: "data-entry", en: "data entry", ur: "ڈیٹا انٹری", roman: "data entry krna" },
  {
    category: "customer-support",
    en: "customer support",
    ur: "کسٹمر سپورٹ",
    roman: "customer ko jawab dena",
  },
  {
    category: "admin-support",
    en: "virtual assistance",
    ur: "ورچوئل اسسٹنٹ",
    roman: "assistant ka kaam",
  },
  {
    category: "voice-over",
    en: "Urdu voice over",
    ur: "اردو وائس اوور",
    roman: "awaz record krna",
  },
  {
    category: "podcast-editing",
    en: "podcast editing",
    ur: "پوڈکاسٹ ایڈیٹنگ",
    roman: "podcast edit krna",
  },
  {
    category: "online-tuition",
    en: "online tuition",
    ur: "آن لائن ٹیوشن",
    roman: "online parhana",
  },
  { category: "quran-teaching", en: "Quran classes", ur: "قرآن کی کلاسیں", roman: "quran parhana" },
  {
    category: "exam-preparation",
    en: "exam preparation",
    ur: "امتحان کی تیاری",
    roman: "paper ki tayari",
  },
  { category: "bookkeeping", en: "bookkeeping", ur: "حساب کتاب", roman: "hisab kitab" },
  {
    category: "tax-returns",
    en: "FBR tax return",
    ur: "ایف بی آر ٹیکس ریٹرن",
    roman: "tax return file krna",
  },
  {
    category: "business-plans",
    en: "business plan",
    ur: "کاروباری منصوبہ",
    roman: "business plan bnana",
  },
];

export const QUALITIES = [
  { en: "professional", ur: "پیشہ ورانہ", roman: "professional" },
  { en: "affordable", ur: "سستا اور معیاری", roman: "sasta aur acha" },
  { en: "fast", ur: "تیز رفتار", roman: "jaldi" },
  { en: "modern", ur: "جدید", roman: "modern" },
  { en: "creative", ur: "تخلیقی", roman: "zabardast" },
  { en: "high quality", ur: "اعلیٰ معیار کا", roman: "behtareen" },
] as const;

export const AUDIENCES = [
  { en: "business", ur: "کاروبار" },
  { en: "shop", ur: "دکان" },
  { en: "restaurant", ur: "ریستوران" },
  { en: "school", ur: "اسکول" },
  { en: "clinic", ur: "کلینک" },
  { en: "brand", ur: "برانڈ" },
  { en: "YouTube channel", ur: "یوٹیوب چینل" },
  { en: "start-up", ur: "اسٹارٹ اپ" },
] as const;

export const PROMISES = [
  { en: "Delivered on time with unlimited communication.", ur: "وقت پر ڈیلیوری اور ہر وقت رابطہ۔" },
  { en: "Revisions until you are happy.", ur: "آپ کے مطمئن ہونے تک ترامیم۔" },
  { en: "Urdu and English both supported.", ur: "اردو اور انگریزی دونوں میں کام۔" },
  {
    en: "Years of experience with Pakistani clients.",
    ur: "پاکستانی گاہکوں کے ساتھ برسوں کا تجربہ۔",
  },
  { en: "Original work, never copied.", ur: "اصل کام، کوئی نقل نہیں۔" },
] as const;

export const FIRST_NAMES = [
  "Ahmed",
  "Ali",
  "Usman",
  "Bilal",
  "Hamza",
  "Hassan",
  "Hussain",
  "Imran",
  "Kashif",
  "Naveed",
  "Asad",
  "Farhan",
  "Shoaib",
  "Waseem",
  "Zeeshan",
  "Ayesha",
  "Fatima",
  "Hira",
  "Iqra",
  "Maryam",
  "Sana",
  "Zainab",
  "Amna",
  "Rabia",
  "Saba",
  "Mehwish",
  "Nimra",
  "Sidra",
  "Kiran",
  "Anum",
] as const;

export const LAST_NAMES = [
  "Khan",
  "Ahmed",
  "Malik",
  "Qureshi",
  "Butt",
  "Chaudhry",
  "Sheikh",
  "Siddiqui",
  "Raza",
  "Iqbal",
  "Hussain",
  "Abbasi",
  "Baig",
  "Mirza",
  "Awan",
  "Javed",
  "Shah",
  "Memon",
  "Baloch",
  "Yousafzai",
] as const;

export const CITIES = [
  "Lahore",
  "Karachi",
  "Islamabad",
  "Rawalpindi",
  "Faisalabad",
  "Multan",
  "Peshawar",
  "Quetta",
  "Hyderabad",
  "Sialkot",
  "Gujranwala",
  "Bahawalpur",
  "Sargodha",
  "Abbottabad",
  "Sukkur",
] as const;
