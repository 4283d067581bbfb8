import { containsControlCharacters } from "@hunar/core/control-characters";
import { z } from "zod";

// Building blocks of the profile schemas; every message is an i18n key, and a size check carries
// its { min } / { max } for the message.

export const profileError = (name: string): string => `profiles:errors.${name}`;

const required = { error: "errors:required" } as const;

/** A tag opener or a script URL scheme: refused so pasted text can never become markup elsewhere. */
const MARKUP = /<\s*[a-z!/?]|(?:java|vb)script\s*:|data\s*:\s*text\/html/i;

// An e-mail address, or a phone number of 10+ digits (03xx-xxxxxxx, +92 3xx ...), in Latin or
// Urdu digits: contact details stay in chat, where the platform's safety rules apply.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/u;
const PHONE = /(?:\+|00)?[0-9٠-٩۰-۹](?:[\s().-]?[0-9٠-٩۰-۹]){9,}/u;

export function containsContactDetails(text: string): boolean {
  return EMAIL.test(text) || PHONE.test(text);
}

const normaliseLine = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const normaliseBlock = (text: string) => text.normalize("NFC").replace(/\r\n?/g, "\n").trim();

function checkedText(max: number, options: { contact: boolean }) {
  let schema = z
    .string(required)
    .refine((text) => !containsControlCharacters(text), { error: "errors:controlCharacters" })
    .refine((text) => !containsMarkup(text), { error: profileError("noMarkup") });
  if (options.contact) schema = schema.refine((text) => !containsContactDetails(text), { error: profileError("contactDetails") });
  return schema.pipe(z.string().max(max, { error: profileError("tooLong") }));
}

function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

const blankToNull = (normalise: (text: string) => string) => (value: string | null | undefined) => {
  if (value === null || value === undefined) return null;
  const text = normalise(value);
  return text === "" ? null : text;
};

// Strings far beyond any limit are refused before they are normalised or searched.
const bounded = (max: number) =>
  z.string(required).refine((text) => text.length <= max * 4 + 100, { error: profileError("tooLong"), params: { max }, abort: true });

/** An optional one-line text: absent, null or blank mean null. */
export function optionalLine(max: number, options = { contact: true }) {
  return bounded(max).nullish().transform(blankToNull(normaliseLine)).pipe(checkedText(max, options).nullable());
}

/** An optional multi-line text: absent, null or blank mean null. */
export function optionalBlock(max: number, options = { contact: true }) {
  return bounded(max).nullish().transform(blankToNull(normaliseBlock)).pipe(checkedText(max, options).nullable());
}

/** A required one-line text of at least `min` characters. */
export function line(min: number, max: number, options = { contact: true }) {
  return bounded(max)
    .transform(normaliseLine)
    .pipe(checkedText(max, options))
    .pipe(
      z
        .string()
        .min(1, required)
        .min(min, { error: profileError("tooShort") }),
    );
}
