import { z } from "zod";
import { containsControlCharacters, containsMarkup, normaliseBlock, normaliseLine, normaliseNumberText } from "./text-rules.ts";

// Building blocks of the gig schemas. Every message is an i18n key in the `gigs` namespace;
// parse-gig-input.ts turns issues into field errors with their { min } / { max } params.

export const gigError = (name: string): string => `gigs:errors.${name}`;

const required = { error: gigError("required") } as const;

/** Markup and control characters first, so "<script>" says "no markup", not "too short". */
export function checkedText(min: number, max: number) {
  return z
    .string(required)
    .refine((text) => !containsControlCharacters(text), { error: gigError("controlCharacters") })
    .refine((text) => !containsMarkup(text), { error: gigError("noMarkup") })
    .min(1, required)
    .min(min, { error: gigError("tooShort") })
    .max(max, { error: gigError("tooLong") });
}

/** A required one-line text, normalised (NFC, single spaces, trimmed). */
export function line(min: number, max: number) {
  return z.string(required).transform(normaliseLine).pipe(checkedText(min, max));
}

/** A required multi-line text (descriptions, answers), trimmed, line ends unified. */
export function block(min: number, max: number) {
  return z.string(required).transform(normaliseBlock).pipe(checkedText(min, max));
}

const blankToNull = (normalise: (text: string) => string) => (value: string | null | undefined) => {
  if (value === null || value === undefined) return null;
  const text = normalise(value);
  return text === "" ? null : text;
};

/** An optional one-line text: absent, null or blank mean null. */
export function optionalLine(min: number, max: number) {
  return z.string(required).nullish().transform(blankToNull(normaliseLine)).pipe(checkedText(min, max).nullable());
}

/** An optional multi-line text: absent, null or blank mean null. */
export function optionalBlock(min: number, max: number) {
  return z.string(required).nullish().transform(blankToNull(normaliseBlock)).pipe(checkedText(min, max).nullable());
}

/** Number text as an HTML form posts it ("5,000", "۵۰۰۰"); blank is absent, junk is NaN. */
export function numberFromText(value: number | string): number | undefined {
  if (typeof value === "number") return value;
  const text = normaliseNumberText(value);
  if (text === "") return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

const numberError = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? gigError("required") : gigError("notANumber")),
} as const;

/** A whole number in [min, max] given as a number or as form text; one message for the range. */
export function wholeNumber(min: number, max: number, rangeError: string) {
  return z
    .union([z.number(), z.string()], numberError)
    .transform(numberFromText)
    .pipe(
      z
        .number(numberError)
        .int({ error: gigError("wholeNumber") })
        .min(min, { error: gigError(rangeError) })
        .max(max, { error: gigError(rangeError) }),
    );
}

/** A list from a form: blank entries (and, if asked, repeats) dropped after normalising, then each item checked. */
export function textList<T extends z.ZodType<string, string>>(
  normalise: (text: string) => string,
  item: T,
  max: number,
  tooMany: string,
  options: { unique?: boolean } = {},
) {
  return z
    .array(z.string(required), { error: gigError("invalid") })
    .nullish()
    .transform((list) => {
      const texts = (list ?? []).map(normalise).filter((text) => text !== "");
      return options.unique ? [...new Set(texts)] : texts;
    })
    .pipe(z.array(item).max(max, { error: gigError(tooMany) }));
}
