import type { AccountIntent, Locale } from "../generated/prisma/client.ts";

/**
 * Demo accounts: freelancers, clients and one admin across Pakistani cities. `handle` is the
 * short key other demo data refers to; the email is derived from it and is the natural key.
 * Bios are in Urdu, English or both, as people actually fill them in.
 */
export interface PersonSeed {
  handle: string;
  displayName: string;
  intent: AccountIntent;
  locale: Locale;
  isAdmin?: boolean;
  city: string;
  headline?: string;
  bioUr?: string;
  bioEn?: string;
  skills: string[];
  languages: string[];
}

export const DEMO_ADMIN: PersonSeed = {
  handle: "admin",
  displayName: "Hunar Admin",
  intent: "BOTH",
  locale: "ur",
  isAdmin: true,
  city: "Lahore",
  bioUr: "ہنر کی ٹیم: گگز کا جائزہ، تنازعات کا تصفیہ اور ادائیگیوں کی تصدیق۔",
  bioEn: "The Hunar team: gig reviews, dispute resolution and payout confirmations.",
  skills: [],
  languages: ["ur", "en"],
};

export const DEMO_FREELANCERS: readonly PersonSeed[] = [
  {
    handle: "ayesha.khan",
    displayName: "Ayesha Khan",
    intent: "WORK",
    locale: "ur",
    city: "Lahore",
    headline: "Logo & brand designer, 6 years",
    bioUr:
      "میں چھ سال سے لاہور میں لوگو اور برانڈ ڈیزائن کر رہی ہوں۔ ریستوران، بوتیک اور اسٹارٹ اپس کے لیے سو سے زیادہ لوگو بنا چکی ہوں۔",
    bioEn:
      "Lahore-based logo and brand designer for six years. I have made more than a hundred logos for restaurants, boutiques and start-ups.",
    skills: ["Logo Design", "Adobe Illustrator", "Branding", "Typography"],
    languages: ["ur", "en", "pa"],
  },
  {
    handle: "muhammad.bilal",
    displayName: "Muhammad Bilal",
    intent: "WORK",
    locale: "en",
    city: "Karachi",
    headline: "Full-stack developer (React, Node.js)",
    bioUr: "کراچی سے فل اسٹیک ڈویلپر۔ تیز اور موبائل پر اچھی چلنے والی ویب سائٹس بناتا ہوں۔",
    bioEn:
      "Full-stack developer from Karachi. I build fast websites and web apps that work well on cheap phones and slow connections.",
    skills: ["React", "Node.js", "TypeScript", "PostgreSQL"],
    languages: ["ur", "en"],
  },
  {
    handle: "fatima.zahra",
    displayName: "Fatima Zahra",
    intent: "WORK",
    locale: "en",
    city: "Islamabad",
    headline: "Content writer, English & Urdu",
    bioUr:
      "اسلام آباد سے مواد نویس۔ بلاگ، ویب سائٹ کا مواد اور سوشل میڈیا کیپشن اردو اور انگریزی دونوں میں لکھتی ہوں۔",
    bioEn:
      "Islamabad-based writer. Blogs, website copy and social captions in English and Urdu, researched and original.",
    skills: ["Blog Writing", "SEO Writing", "Copywriting", "Urdu Writing"],
    languages: ["ur", "en"],
  },
  {
    handle: "usman.tariq",
    displayName: "Usman Tariq",
    intent: "WORK",
    locale: "ur",
    city: "Rawalpindi",
    headline: "Flutter app developer",
    bioUr:
      "راولپنڈی سے فلٹر ڈویلپر۔ اینڈرائیڈ اور آئی فون دونوں کے لیے ایک ہی کوڈ سے ایپ بناتا ہوں، جاز کیش اور ایزی پیسہ انٹیگریشن کے ساتھ۔",
    skills: ["Flutter", "Dart", "Firebase", "Android"],
    languages: ["ur", "en", "pa"],
  },
  {
    handle: "hira.saleem",
    displayName: "Hira Saleem",
    intent: "WORK",
    locale: "ur",
    city: "Faisalabad",
    headline: "Urdu–English translator",
    bioUr:
      "ایم اے انگریزی، آٹھ سال کا ترجمے کا تجربہ۔ قانونی کاغذات، ویب سائٹس اور کتابوں کا اردو انگریزی ترجمہ۔",
    bioEn:
      "MA English with eight years of translation work: legal papers, websites and books between Urdu and English.",
    skills: ["Translation", "Proofreading", "Legal Translation"],
    languages: ["ur", "en", "pa"],
  },
  {
    handle: "ali.raza",
    displayName: "Ali Raza",
    intent: "WORK",
    locale: "ur",
    city: "Multan",
    headline: "YouTube video editor",
    bioUr:
      "ملتان سے ویڈیو ایڈیٹر۔ یوٹیوب چینلز کے لیے کٹنگ، کلر، سب ٹائٹلز اور تھمب نیل۔ پچاس سے زیادہ چینلز کے ساتھ کام کر چکا ہوں۔",
    bioEn:
      "Video editor from Multan: cuts, colour, captions and thumbnails for more than fifty YouTube channels.",
    skills: ["Premiere Pro", "After Effects", "YouTube", "Thumbnails"],
    languages: ["ur", "skr"],
  },
  {
    handle: "zainab.ahmed",
    displayName: "Zainab Ahmed",
    intent: "WORK",
    locale: "en",
    city: "Peshawar",
    headline: "Virtual assistant & data entry",
    bioEn:
      "Reliable virtual assistant from Peshawar. Data entry, spreadsheets, inbox and calendar management, on your hours.",
    skills: ["Data Entry", "Excel", "Google Sheets", "Email Management"],
    languages: ["ur", "en", "ps"],
  },
  {
    handle: "hamza.qureshi",
    displayName: "Hamza Qureshi",
    intent: "BOTH",
    locale: "ur",
    city: "Sialkot",
    headline: "Facebook & Instagram ads",
    bioUr:
      "سیالکوٹ کے ایکسپورٹرز اور مقامی دکانوں کے لیے فیس بک اور انسٹاگرام اشتہارات چلاتا ہوں۔ کم بجٹ میں زیادہ آرڈرز۔",
    bioEn:
      "I run Facebook and Instagram ads for Sialkot exporters and local shops: more orders from a small budget.",
    skills: ["Facebook Ads", "Instagram Marketing", "Meta Business Suite"],
    languages: ["ur", "en", "pa"],
  },
  {
    handle: "sana.iqbal",
    displayName: "Sana Iqbal",
    intent: "WORK",
    locale: "en",
    city: "Hyderabad",
    headline: "SEO specialist",
    bioUr:
      "حیدرآباد سے ایس ای او ماہر۔ گوگل پر آپ کی ویب سائٹ کو اوپر لانے کے لیے کی ورڈ ریسرچ، آن پیج اور لوکل ایس ای او۔",
    bioEn:
      "SEO specialist from Hyderabad: keyword research, on-page fixes and local SEO that gets Pakistani businesses found on Google.",
    skills: ["SEO", "Google Search Console", "Keyword Research", "Local SEO"],
    languages: ["ur", "en", "sd"],
  },
  {
    handle: "ahmed.nawaz",
    displayName: "Ahmed Nawaz",
    intent: "WORK",
    locale: "ur",
    city: "Quetta",
    headline: "WordPress developer",
    bioUr: "کوئٹہ سے ورڈپریس ڈویلپر۔ اسکولوں، کلینکس اور کاروبار کے لیے تیز اور محفوظ ویب سائٹس۔",
    skills: ["WordPress", "Elementor", "PHP", "WooCommerce"],
    languages: ["ur", "ps", "en"],
  },
  {
    handle: "mariam.siddiqui",
    displayName: "Mariam Siddiqui",
    intent: "WORK",
    locale: "en",
    city: "Karachi",
    headline: "Children's book illustrator",
    bioUr: "کراچی سے السٹریٹر۔ بچوں کی کتابوں، اسٹیکرز اور کرداروں کے خاکے بناتی ہوں۔",
    bioEn:
      "Illustrator from Karachi: children's books, stickers and character design, drawn by hand and finished digitally.",
    skills: ["Illustration", "Procreate", "Character Design"],
    languages: ["ur", "en"],
  },
  {
    handle: "danish.mehmood",
    displayName: "Danish Mehmood",
    intent: "WORK",
    locale: "ur",
    city: "Gujranwala",
    headline: "Shopify store builder",
    bioUr:
      "گوجرانوالہ سے شاپیفائی ماہر۔ کپڑوں اور جوتوں کے برانڈز کے لیے مکمل آن لائن اسٹور، کیش آن ڈیلیوری اور کورئیر کے ساتھ۔",
    bioEn:
      "Shopify expert from Gujranwala: complete stores for clothing and shoe brands, with cash on delivery and courier booking.",
    skills: ["Shopify", "Liquid", "E-commerce"],
    languages: ["ur", "pa", "en"],
  },
  {
    handle: "iqra.rashid",
    displayName: "Iqra Rashid",
    intent: "WORK",
    locale: "ur",
    city: "Lahore",
    headline: "Quran teacher (female)",
    bioUr:
      "حافظہ اور عالمہ۔ بچوں اور خواتین کو آن لائن ناظرہ، تجوید اور حفظ پڑھاتی ہوں۔ بیرونِ ملک پاکستانی خاندانوں کے اوقات کے مطابق۔",
    bioEn:
      "Hafiza and Alima teaching children and women online: Nazra, Tajweed and Hifz, at hours that suit families abroad.",
    skills: ["Tajweed", "Nazra", "Hifz"],
    languages: ["ur", "ar", "en"],
  },
  {
    handle: "kamran.yousaf",
    displayName: "Kamran Yousaf",
    intent: "WORK",
    locale: "en",
    city: "Islamabad",
    headline: "Tax consultant, ACCA",
    bioUr:
      "اے سی سی اے، ٹیکس کنسلٹنٹ۔ فری لانسرز اور تنخواہ دار افراد کے ایف بی آر ریٹرن، این ٹی این اور پی ایس ای بی رجسٹریشن۔",
    bioEn:
      "ACCA tax consultant: FBR returns, NTN and PSEB registration for freelancers and salaried people.",
    skills: ["Income Tax", "FBR IRIS", "Bookkeeping", "QuickBooks"],
    languages: ["ur", "en"],
  },
  {
    handle: "nimra.farooq",
    displayName: "Nimra Farooq",
    intent: "WORK",
    locale: "ur",
    city: "Multan",
    headline: "Social media post designer",
    bioUr:
      "سوشل میڈیا پوسٹس، اسٹوریز اور عید اور رمضان کی مہمات کے لیے ڈیزائن۔ کینوا اور فوٹوشاپ دونوں۔",
    skills: ["Photoshop", "Canva", "Social Media Design"],
    languages: ["ur", "en"],
  },
  {
    handle: "faisal.abbasi",
    displayName: "Faisal Abbasi",
    intent: "WORK",
    locale: "ur",
    city: "Abbottabad",
    headline: "Urdu voice-over artist",
    bioUr:
      "ریڈیو کا دس سالہ تجربہ۔ اشتہارات، دستاویزی فلموں اور آئی وی آر کے لیے صاف اور پُراثر اردو آواز۔",
    bioEn:
      "Ten years in radio. A clear, warm Urdu voice for adverts, documentaries and IVR menus, recorded in a treated studio.",
    skills: ["Voice Over", "Audio Editing", "Adobe Audition"],
    languages: ["ur", "en", "hno"],
  },
  {
    handle: "rabia.anwar",
    displayName: "Rabia Anwar",
    intent: "WORK",
    locale: "en",
    city: "Rawalpindi",
    headline: "CV & LinkedIn writer",
    bioEn:
      "Former HR officer. I write CVs, cover letters and LinkedIn profiles that get interviews in Pakistan and the Gulf.",
    skills: ["CV Writing", "LinkedIn", "Cover Letters"],
    languages: ["ur", "en"],
  },
  {
    handle: "shahid.hussain",
    displayName: "Shahid Hussain",
    intent: "WORK",
    locale: "ur",
    city: "Hyderabad",
    headline: "Transcription & subtitles",
    bioUr: "اردو، سندھی اور انگریزی آڈیو کی درست ٹرانسکرپشن اور ویڈیوز کے لیے سب ٹائٹلز۔",
    bioEn:
      "Accurate transcription of Urdu, Sindhi and English audio, and subtitles for your videos.",
    skills: ["Transcription", "Subtitling", "Sindhi"],
    languages: ["ur", "sd", "en"],
  },
  {
    handle: "mehwish.baig",
    displayName: "Mehwish Baig",
    intent: "WORK",
    locale: "en",
    city: "Bahawalpur",
    headline: "2D animator",
    bioUr: "بہاولپور سے اینیمیٹر۔ وضاحتی ویڈیوز اور بچوں کے کارٹون۔",
    bioEn:
      "2D animator from Bahawalpur: explainer videos and children's cartoons with Urdu or English voice-over.",
    skills: ["2D Animation", "After Effects", "Explainer Videos"],
    languages: ["ur", "en"],
  },
  {
    handle: "adnan.chaudhry",
    displayName: "Adnan Chaudhry",
    intent: "WORK",
    locale: "ur",
    city: "Faisalabad",
    headline: "Website fixes & speed",
    bioUr:
      "ویب سائٹ سست ہے یا کھل نہیں رہی؟ خرابیاں دور کرتا ہوں، اسپیڈ بہتر کرتا ہوں اور ہیکنگ کے بعد صفائی۔",
    bioEn: "Slow or broken website? I fix bugs, speed sites up and clean them after a hack.",
    skills: ["PHP", "Laravel", "WordPress", "Site Speed"],
    languages: ["ur", "pa", "en"],
  },
];

export const DEMO_CLIENTS: readonly PersonSeed[] = [
  {
    handle: "saad.rehman",
    displayName: "Saad Rehman",
    intent: "HIRE",
    locale: "ur",
    city: "Lahore",
    bioUr:
      "گلبرگ میں ریستوران کا مالک۔ مینو، سوشل میڈیا اور ویب سائٹ کے لیے قابل لوگوں کی تلاش رہتی ہے۔",
    skills: [],
    languages: ["ur", "en", "pa"],
  },
  {
    handle: "nadia.hassan",
    displayName: "Nadia Hassan",
    intent: "HIRE",
    locale: "en",
    city: "Karachi",
    bioEn: "I run a small clothing brand online from Karachi.",
    skills: [],
    languages: ["ur", "en"],
  },
  {
    handle: "tariq.mahmood",
    displayName: "Tariq Mahmood",
    intent: "HIRE",
    locale: "ur",
    city: "Sialkot",
    bioUr: "کھیلوں کے سامان کا ایکسپورٹر۔",
    bioEn: "Sports goods exporter.",
    skills: [],
    languages: ["ur", "pa", "en"],
  },
  {
    handle: "amna.sheikh",
    displayName: "Amna Sheikh",
    intent: "HIRE",
    locale: "en",
    city: "Islamabad",
    bioEn: "Programme manager at an education NGO; we commission reports, translations and videos.",
    skills: [],
    languages: ["ur", "en"],
  },
  {
    handle: "omer.farooq",
    displayName: "Omer Farooq",
    intent: "HIRE",
    locale: "en",
    city: "Peshawar",
    bioUr: "پشاور میں ایک چھوٹا سا اسٹارٹ اپ چلا رہا ہوں۔",
    bioEn: "Founder of a small start-up in Peshawar.",
    skills: [],
    languages: ["ur", "ps", "en"],
  },
  {
    handle: "sadia.butt",
    displayName: "Sadia Butt",
    intent: "HIRE",
    locale: "ur",
    city: "Lahore",
    bioUr: "گھر سے کیک اور بیکری کا کاروبار۔",
    skills: [],
    languages: ["ur", "pa"],
  },
  {
    handle: "waqas.akhtar",
    displayName: "Waqas Akhtar",
    intent: "HIRE",
    locale: "ur",
    city: "Rawalpindi",
    bioUr: "بحریہ ٹاؤن میں پراپرٹی کا کاروبار۔",
    skills: [],
    languages: ["ur", "pa"],
  },
  {
    handle: "khadija.noor",
    displayName: "Khadija Noor",
    intent: "HIRE",
    locale: "en",
    city: "Karachi",
    bioEn: "Principal of a primary school in Gulshan-e-Iqbal.",
    skills: [],
    languages: ["ur", "en"],
  },
  {
    handle: "junaid.iqbal",
    displayName: "Junaid Iqbal",
    intent: "BOTH",
    locale: "ur",
    city: "Multan",
    headline: "Small digital agency",
    bioUr: "ملتان میں چھوٹی ڈیجیٹل ایجنسی۔ کام لیتے بھی ہیں اور دیتے بھی ہیں۔",
    bioEn: "A small digital agency in Multan: we take on work and hire help.",
    skills: ["Project Management", "Digital Marketing"],
    languages: ["ur", "skr", "en"],
  },
];

export function demoEmail(handle: string, domain: string): string {
  return `${handle}@${domain}`;
}
