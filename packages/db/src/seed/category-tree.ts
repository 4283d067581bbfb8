/**
 * The marketplace's category tree. Reference data, not demo data: production seeds it too.
 * Slugs are permanent (they are in URLs and are the seed's natural key); names may be edited.
 * Order here is display order.
 */
export interface CategorySeed {
  slug: string;
  nameEn: string;
  nameUr: string;
  children: readonly { slug: string; nameEn: string; nameUr: string }[];
}

export const CATEGORY_TREE: readonly CategorySeed[] = [
  {
    slug: "graphic-design",
    nameEn: "Graphic Design",
    nameUr: "گرافک ڈیزائن",
    children: [
      { slug: "logo-design", nameEn: "Logo Design", nameUr: "لوگو ڈیزائن" },
      { slug: "brand-identity", nameEn: "Brand Identity", nameUr: "برانڈ کی پہچان" },
      { slug: "social-media-design", nameEn: "Social Media Posts", nameUr: "سوشل میڈیا پوسٹس" },
      { slug: "print-design", nameEn: "Print Design", nameUr: "پرنٹ ڈیزائن" },
      { slug: "illustration", nameEn: "Illustration", nameUr: "السٹریشن" },
    ],
  },
  {
    slug: "web-mobile-development",
    nameEn: "Web & Mobile Development",
    nameUr: "ویب اور موبائل ڈویلپمنٹ",
    children: [
      { slug: "website-development", nameEn: "Website Development", nameUr: "ویب سائٹ بنانا" },
      { slug: "ecommerce-stores", nameEn: "E-commerce Stores", nameUr: "آن لائن اسٹور" },
      { slug: "wordpress", nameEn: "WordPress", nameUr: "ورڈپریس" },
      { slug: "mobile-apps", nameEn: "Mobile Apps", nameUr: "موبائل ایپس" },
      {
        slug: "website-maintenance",
        nameEn: "Bug Fixes & Maintenance",
        nameUr: "خرابیاں دور کرنا اور دیکھ بھال",
      },
    ],
  },
  {
    slug: "content-writing",
    nameEn: "Content Writing",
    nameUr: "مواد نویسی",
    children: [
      { slug: "articles-blogs", nameEn: "Articles & Blog Posts", nameUr: "مضامین اور بلاگ" },
      { slug: "urdu-content", nameEn: "Urdu Content", nameUr: "اردو مواد" },
      { slug: "copywriting", nameEn: "Copywriting", nameUr: "اشتہاری تحریر" },
      { slug: "cv-writing", nameEn: "CVs & Cover Letters", nameUr: "سی وی اور کور لیٹر" },
      { slug: "product-descriptions", nameEn: "Product Descriptions", nameUr: "مصنوعات کی تفصیل" },
    ],
  },
  {
    slug: "translation",
    nameEn: "Translation",
    nameUr: "ترجمہ",
    children: [
      { slug: "urdu-english-translation", nameEn: "Urdu ↔ English", nameUr: "اردو ↔ انگریزی" },
      {
        slug: "document-translation",
        nameEn: "Legal & Official Documents",
        nameUr: "قانونی اور سرکاری دستاویزات",
      },
      { slug: "transcription", nameEn: "Transcription", nameUr: "آڈیو سے تحریر" },
      { slug: "subtitles", nameEn: "Subtitles", nameUr: "سب ٹائٹلز" },
    ],
  },
  {
    slug: "video-editing",
    nameEn: "Video Editing",
    nameUr: "ویڈیو ایڈیٹنگ",
    children: [
      { slug: "youtube-videos", nameEn: "YouTube Videos", nameUr: "یوٹیوب ویڈیوز" },
      { slug: "short-videos", nameEn: "Reels & Shorts", nameUr: "ریلز اور شارٹس" },
      { slug: "event-videos", nameEn: "Weddings & Events", nameUr: "شادی اور تقریبات" },
      {
        slug: "animation",
        nameEn: "Animation & Motion Graphics",
        nameUr: "اینیمیشن اور موشن گرافکس",
      },
    ],
  },
  {
    slug: "digital-marketing",
    nameEn: "Digital Marketing",
    nameUr: "ڈیجیٹل مارکیٹنگ",
    children: [
      {
        slug: "social-media-marketing",
        nameEn: "Social Media Marketing",
        nameUr: "سوشل میڈیا مارکیٹنگ",
      },
      { slug: "seo", nameEn: "SEO", nameUr: "سرچ انجن آپٹیمائزیشن" },
      { slug: "paid-ads", nameEn: "Facebook & Google Ads", nameUr: "فیس بک اور گوگل اشتہارات" },
      {
        slug: "ecommerce-marketing",
        nameEn: "Daraz & E-commerce Marketing",
        nameUr: "دراز اور ای کامرس مارکیٹنگ",
      },
    ],
  },
  {
    slug: "virtual-assistance",
    nameEn: "Virtual Assistance",
    nameUr: "ورچوئل اسسٹنٹ",
    children: [
      { slug: "data-entry", nameEn: "Data Entry", nameUr: "ڈیٹا انٹری" },
      { slug: "customer-support", nameEn: "Customer Support", nameUr: "کسٹمر سپورٹ" },
      { slug: "admin-support", nameEn: "Email & Admin Support", nameUr: "ای میل اور دفتری معاونت" },
    ],
  },
  {
    slug: "audio-voice",
    nameEn: "Voice & Audio",
    nameUr: "آواز اور آڈیو",
    children: [
      { slug: "voice-over", nameEn: "Voice Over", nameUr: "وائس اوور" },
      { slug: "podcast-editing", nameEn: "Podcast Editing", nameUr: "پوڈکاسٹ ایڈیٹنگ" },
    ],
  },
  {
    slug: "education-tutoring",
    nameEn: "Education & Tutoring",
    nameUr: "تعلیم اور ٹیوشن",
    children: [
      { slug: "online-tuition", nameEn: "Online Tuition", nameUr: "آن لائن ٹیوشن" },
      { slug: "quran-teaching", nameEn: "Quran Teaching", nameUr: "قرآن کی تعلیم" },
      { slug: "exam-preparation", nameEn: "Exam Preparation", nameUr: "امتحان کی تیاری" },
    ],
  },
  {
    slug: "business-finance",
    nameEn: "Business & Finance",
    nameUr: "کاروبار اور مالیات",
    children: [
      { slug: "bookkeeping", nameEn: "Bookkeeping", nameUr: "حساب کتاب" },
      { slug: "tax-returns", nameEn: "FBR Tax Returns", nameUr: "ایف بی آر ٹیکس ریٹرن" },
      { slug: "business-plans", nameEn: "Business Plans", nameUr: "کاروباری منصوبہ" },
    ],
  },
];
