/**
 * Open job posts from demo clients, so the jobs board is not empty. `key` gives each a stable
 * id (jobs have no natural key), which keeps re-seeding idempotent.
 */
export interface JobSeed {
  key: string;
  client: string;
  category: string;
  title: string;
  description: string;
  skills: string[];
  budgetMinRupees: number;
  budgetMaxRupees: number;
  expectedDays: number;
  city?: string;
}

export const DEMO_JOBS: readonly JobSeed[] = [
  {
    key: "restaurant-website",
    client: "saad.rehman",
    category: "website-development",
    title: "ریستوران کے لیے ویب سائٹ جس پر مینو اور آن لائن آرڈر ہو",
    description:
      "گلبرگ لاہور میں ہمارا ریستوران ہے۔ ایسی ویب سائٹ چاہیے جس پر مینو، تصاویر اور واٹس ایپ پر آرڈر کا بٹن ہو۔ اردو اور انگریزی دونوں میں۔",
    skills: ["Website", "WordPress", "Urdu"],
    budgetMinRupees: 25_000,
    budgetMaxRupees: 50_000,
    expectedDays: 14,
  },
  {
    key: "lawn-collection-shoot-reels",
    client: "nadia.hassan",
    category: "short-videos",
    title: "Edit 15 reels for our summer lawn collection",
    description:
      "We have raw footage from a studio shoot. Need 15 vertical reels (15–30 s) with trendy transitions, captions in English and Urdu, and our logo.",
    skills: ["Reels", "Premiere Pro", "CapCut"],
    budgetMinRupees: 10_000,
    budgetMaxRupees: 20_000,
    expectedDays: 7,
  },
  {
    key: "export-catalogue-design",
    client: "tariq.mahmood",
    category: "print-design",
    title: "ایکسپورٹ کیٹلاگ کا ڈیزائن، 40 صفحات",
    description: "فٹ بال اور دستانوں کی 120 مصنوعات کا انگریزی کیٹلاگ۔ تصاویر ہمارے پاس ہیں، پرنٹ کے لیے تیار فائل چاہیے۔",
    skills: ["InDesign", "Catalogue Design", "Print"],
    budgetMinRupees: 30_000,
    budgetMaxRupees: 60_000,
    expectedDays: 20,
  },
  {
    key: "report-translation-urdu",
    client: "amna.sheikh",
    category: "urdu-english-translation",
    title: "Translate a 25-page education report from English to Urdu",
    description:
      "Annual report on girls' school enrolment in Khyber Pakhtunkhwa. Must read naturally for parents and teachers; tables included. Word file.",
    skills: ["Translation", "Urdu", "Education"],
    budgetMinRupees: 15_000,
    budgetMaxRupees: 25_000,
    expectedDays: 10,
  },
  {
    key: "bakery-instagram-posts",
    client: "sadia.butt",
    category: "social-media-design",
    title: "بیکری کے انسٹاگرام کے لیے مہینے بھر کی پوسٹس",
    description: "کیک اور بیکری کی تصاویر سے 20 خوبصورت پوسٹس، قیمتوں اور آرڈر نمبر کے ساتھ۔",
    skills: ["Canva", "Instagram", "Social Media Design"],
    budgetMinRupees: 5_000,
    budgetMaxRupees: 12_000,
    expectedDays: 10,
  },
  {
    key: "property-listings-data-entry",
    client: "waqas.akhtar",
    category: "data-entry",
    title: "پراپرٹی کی 300 لسٹنگز گوگل شیٹ میں درج کرنی ہیں",
    description:
      "رجسٹر سے پلاٹ نمبر، رقبہ، قیمت اور مالک کا رابطہ شیٹ میں۔ راولپنڈی میں رہنے والے کو ترجیح دی جائے گی تاکہ رجسٹر لے جا سکیں۔",
    skills: ["Data Entry", "Google Sheets"],
    budgetMinRupees: 4_000,
    budgetMaxRupees: 8_000,
    expectedDays: 5,
    city: "Rawalpindi",
  },
  {
    key: "school-admissions-video",
    client: "khadija.noor",
    category: "animation",
    title: "One-minute animated video for school admissions",
    description: "Friendly 2D animation showing our classrooms, activities and admission dates, with an Urdu voice-over.",
    skills: ["2D Animation", "Voice Over"],
    budgetMinRupees: 20_000,
    budgetMaxRupees: 35_000,
    expectedDays: 14,
  },
];
