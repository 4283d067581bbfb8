// Urdu keyboards type Extended Arabic-Indic digits (۰–۹); Arabic ones (٠–٩) also turn up.
const DIGIT_BASES = [0x06f0, 0x0660];
const ARABIC_DECIMAL_SEPARATOR = "\u066B";
const ARABIC_THOUSANDS_SEPARATOR = "\u066C";

/**
 * Number text as people type it, ready for a strict pattern: "۵,۰۰۰" → "5000", "٢٥٠٠٫٥" →
 * "2500.5". Local digits become ASCII, the Arabic decimal separator a point; thousands
 * separators and spaces are dropped. Anything else is left for the caller to refuse.
 */
export function normaliseNumberText(text: string): string {
  let out = "";
  for (const char of text.trim()) {
    const code = char.codePointAt(0) ?? 0;
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9);
    if (base !== undefined) out += String(code - base);
    else if (char === ARABIC_DECIMAL_SEPARATOR) out += ".";
    else if (char !== "," && char !== ARABIC_THOUSANDS_SEPARATOR && !/\s/.test(char)) out += char;
  }
  return out;
}
