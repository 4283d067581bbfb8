import type { GigFormValues } from "../validation.ts";

type PackageValues = GigFormValues["packages"][number];

/** A valid package of the given tier; override any field. */
export function packageValues(overrides: Partial<PackageValues> = {}): PackageValues {
  return {
    tier: "BASIC",
    name: "Starter logo",
    description: "One logo concept as PNG and SVG files",
    priceRupees: 5000,
    deliveryDays: 3,
    revisions: 2,
    features: ["1 concept", "Vector file"],
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
      packageValues({ tier: "STANDARD", name: "Brand kit", priceRupees: 12_000, deliveryDays: 5 }),
      packageValues({ tier: "PREMIUM", name: "Full identity", priceRupees: 30_000, deliveryDays: 7, revisions: null }),
    ],
    extras: [{ title: "Express delivery", priceRupees: 2000, extraDays: 0 }],
    faqs: [{ question: "Do I get the source file?", answer: "Yes, every package includes it." }],
    imageIds: [],
    ...overrides,
  };
}
