import type { GigFormValues } from "../validation.ts";

type PackageValues = GigFormValues["packages"][number];

/** A valid package of the given tier; override any field. */
export function packageValues(overrides: Partial<PackageValues> = {}): PackageValues {
  return {
    tier: "BASIC",
    nameEn: "Starter logo",
    nameUr: "ابتدائی لوگو",
    descriptionEn: "One logo concept as PNG and SVG files",
    descriptionUr: "ایک لوگو کا خیال، PNG اور SVG فائلوں میں",
    priceRupees: 5000,
    deliveryDays: 3,
    revisions: 2,
    featuresEn: ["1 concept", "Vector file"],
    featuresUr: ["ایک خیال", "ویکٹر فائل"],
    ...overrides,
  };
}

/** A complete, valid bilingual listing form for tests; override any field. */
export function gigFormValues(categoryId: string, overrides: Partial<GigFormValues> = {}): GigFormValues {
  return {
    titleEn: "I will design a modern minimalist logo for your business",
    titleUr: "میں آپ کے کاروبار کے لیے جدید اور سادہ لوگو ڈیزائن کروں گا",
    descriptionEn: "A clean, **modern** logo made for your brand.\n\n- Unlimited ideas in the first round\n- Vector files you own",
    descriptionUr: "آپ کے برانڈ کے لیے صاف ستھرا اور جدید لوگو۔ پہلے مرحلے میں کئی خیالات اور مکمل فائلیں آپ کی ملکیت۔",
    categoryId,
    tags: ["logo", "لوگو", "branding"],
    packages: [
      packageValues(),
      packageValues({ tier: "STANDARD", nameEn: "Brand kit", nameUr: "برانڈ کٹ", priceRupees: 12_000, deliveryDays: 5 }),
      packageValues({
        tier: "PREMIUM",
        nameEn: "Full identity",
        nameUr: "مکمل شناخت",
        priceRupees: 30_000,
        deliveryDays: 7,
        revisions: null,
      }),
    ],
    extras: [{ titleEn: "Express delivery", titleUr: "فوری ڈیلیوری", priceRupees: 2000, extraDays: 0 }],
    faqs: [
      {
        questionEn: "Do I get the source file?",
        questionUr: "کیا مجھے اصل فائل ملے گی؟",
        answerEn: "Yes, every package includes it.",
        answerUr: "جی ہاں، ہر پیکج میں شامل ہے۔",
      },
    ],
    imageIds: [],
    ...overrides,
  };
}
