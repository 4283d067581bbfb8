/**
 * Hunar's product terms in both languages: the one spelling every string uses, and the variants
 * a translator might reach for that readers would see as a different word. `glossary.test.ts`
 * fails when a locale file uses a forbidden variant. Urdu variants are matched as whole words
 * (an Urdu letter on neither side), so "گِگ" does not match inside a longer word.
 */
export interface GlossaryTerm {
  en: string;
  ur: string;
  /** Variants that must not appear in Urdu strings. */
  urForbidden: readonly string[];
  /** Variants that must not appear in English strings. */
  enForbidden?: readonly string[];
  note?: string;
}

export const GLOSSARY = {
  gig: { en: "gig", ur: "گِگ", urForbidden: ["گگ", "گیگ"], note: "with zer, as the site has always written it" },
  order: { en: "order", ur: "آرڈر", urForbidden: ["آڈر", "آرڈڑ"] },
  escrow: { en: "escrow", ur: "ایسکرو", urForbidden: ["اسکرو", "امانت"], note: "the money held for an order; not the general word امانت" },
  wallet: { en: "wallet", ur: "والیٹ", urForbidden: ["والٹ", "بٹوہ", "بٹوے"] },
  payout: {
    en: "payout",
    ur: "رقم نکالنا",
    urForbidden: ["پے آؤٹ", "پےآؤٹ"],
    note: "the freelancer takes money out (رقم نکالنے کی درخواست); Hunar's side of it is ادائیگی",
  },
  proposal: { en: "proposal", ur: "تجویز", urForbidden: ["پروپوزل"] },
  milestone: { en: "milestone", ur: "مرحلہ", urForbidden: ["مائلسٹون", "مائل سٹون", "سنگ میل"] },
  dispute: { en: "dispute", ur: "تنازع", urForbidden: ["تنازعہ", "تنازعے"] },
  delivery: { en: "delivery", ur: "ڈیلیوری", urForbidden: ["ڈلیوری", "ڈیلیورى"] },
  revision: { en: "revision", ur: "ترمیم", urForbidden: ["ریویژن", "نظرثانی", "نظر ثانی"] },
  freelancer: { en: "freelancer", ur: "فری لانسر", urForbidden: ["فریلانسر", "فری لینسر"] },
  client: {
    en: "client",
    ur: "کلائنٹ",
    urForbidden: ["گاہک", "کلائینٹ"],
    note: "buyer on gig pages stays خریدار, as the English says buyer",
  },
  invoice: { en: "invoice", ur: "انوائس", urForbidden: ["انوئس"], note: "the client's copy; the freelancer's copy is a receipt" },
  receipt: { en: "receipt", ur: "رسید", urForbidden: [] },
  iban: {
    en: "Bank account (IBAN)",
    ur: "بینک اکاؤنٹ (IBAN)",
    urForbidden: ["بینک ٹرانسفر (IBAN)", "آئی بی اے این"],
    enForbidden: ["Bank transfer (IBAN)"],
    note: "the rail's name, for sending and receiving alike",
  },
  // The rails have Urdu names of their own (their Urdu branding writes them so), so Urdu strings
  // never fall back to the Latin spelling.
  raast: { en: "Raast", ur: "راست", urForbidden: ["راسٹ", "Raast"] },
  jazzcash: { en: "JazzCash", ur: "جاز کیش", urForbidden: ["جازکیش", "JazzCash"], enForbidden: ["Jazzcash", "Jazz Cash"] },
  easypaisa: {
    en: "Easypaisa",
    ur: "ایزی پیسہ",
    urForbidden: ["ایزی پیسا", "ایزی پیسے", "ایزیپیسہ", "Easypaisa"],
    enForbidden: ["EasyPaisa", "Easy Paisa"],
  },
} as const satisfies Record<string, GlossaryTerm>;

const URDU_LETTER = "\\u0600-\\u06FF\\u0750-\\u077F";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern for a forbidden variant: whole words in Urdu, whole words in Latin script. */
export function variantPattern(variant: string): RegExp {
  const latin = /^[\x20-\x7E]+$/.test(variant);
  return latin
    ? new RegExp(`(?<![A-Za-z])${escape(variant)}(?![A-Za-z])`)
    : new RegExp(`(?<![${URDU_LETTER}])${escape(variant)}(?![${URDU_LETTER}])`);
}

/** The forbidden variants found in one string of a language, as "variant (use: term)". */
export function glossaryViolations(text: string, language: "ur" | "en"): string[] {
  return Object.values(GLOSSARY as Record<string, GlossaryTerm>).flatMap((term) => {
    const forbidden = language === "ur" ? term.urForbidden : (term.enForbidden ?? []);
    return forbidden.filter((variant) => variantPattern(variant).test(text)).map((variant) => `${variant} (use: ${term[language]})`);
  });
}
