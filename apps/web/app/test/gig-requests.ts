import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { createSession } from "@hunar/auth/session";
import type { Db } from "@hunar/db/client";
import { ORIGIN } from "./action-context.ts";

/** A session cookie for a user made by a fixture (no password needed). */
export async function sessionCookie(db: Db, userId: string): Promise<string> {
  const { token } = await createSession(db, userId);
  return `${SESSION_COOKIE}=${token}`;
}

/** The gig form's fields as a browser posts them: dotted slot names, one features line each. */
export function gigFormFields(categoryId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    titleEn: "I will design a modern minimalist logo for your business",
    titleUr: "میں آپ کے کاروبار کے لیے جدید اور سادہ لوگو ڈیزائن کروں گی",
    descriptionEn: "A clean, **modern** logo made for your brand.\n\n- Several ideas in the first round\n- Vector files you own",
    descriptionUr: "آپ کے برانڈ کے لیے صاف ستھرا اور جدید لوگو۔ پہلے مرحلے میں کئی خیالات اور مکمل فائلیں آپ کی ملکیت۔",
    categoryId,
    tags: "logo, لوگو، branding",
    "packages.0.nameEn": "Starter logo",
    "packages.0.nameUr": "ابتدائی لوگو",
    "packages.0.descriptionEn": "One logo concept as PNG and SVG files",
    "packages.0.descriptionUr": "ایک لوگو کا خیال، PNG اور SVG فائلوں میں",
    "packages.0.priceRupees": "5000",
    "packages.0.deliveryDays": "3",
    "packages.0.revisions": "2",
    "packages.0.featuresEn": "1 concept\nVector file",
    "packages.0.featuresUr": "ایک خیال\nویکٹر فائل",
    // The Standard slot is left blank on purpose: blank slots are not packages.
    "packages.1.nameEn": "",
    "packages.1.revisions": "1",
    "packages.2.nameEn": "Full identity",
    "packages.2.descriptionEn": "Logo, business card and a short brand guide",
    "packages.2.priceRupees": "30,000",
    "packages.2.deliveryDays": "7",
    "packages.2.revisions": "unlimited",
    "packages.2.featuresEn": "3 concepts\nBusiness card\nBrand guide",
    "extras.2.titleEn": "Express delivery",
    "extras.2.titleUr": "فوری ڈیلیوری",
    "extras.2.priceRupees": "2000",
    "extras.2.extraDays": "",
    "faqs.0.questionEn": "Do I get the source file?",
    "faqs.0.answerEn": "Yes, every package includes it.",
    "faqs.0.questionUr": "کیا مجھے اصل فائل ملے گی؟",
    "faqs.0.answerUr": "جی ہاں، ہر پیکج میں شامل ہے۔",
    intent: "submit",
    ...overrides,
  };
}

/** A multipart POST from our origin, as the gig form sends it (with files under `images`). */
export function multipartPost(
  path: string,
  fields: Record<string, string | string[]>,
  opts: { cookie?: string; files?: { name: string; type: string; bytes: Uint8Array }[] } = {},
): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  for (const file of opts.files ?? []) body.append("images", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const headers = new Headers({ Origin: ORIGIN });
  if (opts.cookie) headers.set("Cookie", opts.cookie);
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers, body });
}
