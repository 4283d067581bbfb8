/**
 * The characters the Nastaliq subset (noto-nastaliq-urdu-400.woff2, made by
 * scripts/subset-nastaliq.ts) draws. It is Urdu writing, not all of Arabic script: letters only
 * Sindhi, Pashto, Persian or other languages use, like Latin letters, Western digits and quotation
 * marks, come from the next fonts in the stack. Each character here costs glyphs and shaping rules
 * in every first visit's download.
 */
export const NASTALIQ_RANGES: readonly (readonly [number, number])[] = [
  // The space and the no-break space between Urdu words keep Nastaliq's width.
  [0x0020, 0x0020],
  [0x00a0, 0x00a0],
  // Punctuation: the Arabic comma, semicolon and question mark; the honorific signs written over
  // names in religious text (ؐ ؑ ؒ ؓ ؔ ؕ).
  [0x060c, 0x060c],
  [0x0610, 0x0615],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  // The Arabic letters from hamza to ghain, then tatweel, feh to yeh (an Arabic keyboard types ك ي ه
  // where Urdu has ک ی ہ, so they must look the same) and the diacritics up to hamza below.
  [0x0621, 0x063a],
  [0x0640, 0x0655],
  [0x0658, 0x0658],
  // Arabic-Indic digits with the percent sign and decimal and thousands separators; superscript alef.
  [0x0660, 0x066d],
  [0x0670, 0x0670],
  // The letters Urdu adds: ٹ پ چ ڈ ڑ ژ ک گ ں ھ ۀ ہ ۂ ۃ ی ے ۓ, and the Urdu full stop.
  [0x0679, 0x0679],
  [0x067e, 0x067e],
  [0x0686, 0x0686],
  [0x0688, 0x0688],
  [0x0691, 0x0691],
  [0x0698, 0x0698],
  [0x06a9, 0x06a9],
  [0x06af, 0x06af],
  [0x06ba, 0x06ba],
  [0x06be, 0x06be],
  [0x06c0, 0x06c3],
  [0x06cc, 0x06cc],
  [0x06d2, 0x06d4],
  // Urdu digits.
  [0x06f0, 0x06f9],
  // Zero-width non-joiner and joiner (they control joining inside a word) and the direction marks.
  [0x200c, 0x200f],
  // "Allah" and the blessing after the Prophet's name, each written as one sign.
  [0xfdf2, 0xfdf2],
  [0xfdfa, 0xfdfa],
];

/** Whether a character is one the fallback fonts must draw on Urdu pages: Arabic script outside the subset. */
export function isArabicScript(codePoint: number): boolean {
  return (
    (codePoint >= 0x0600 && codePoint <= 0x06ff) ||
    (codePoint >= 0x0750 && codePoint <= 0x077f) ||
    (codePoint >= 0x0870 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff)
  );
}

export function inNastaliqSubset(codePoint: number): boolean {
  return NASTALIQ_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}
