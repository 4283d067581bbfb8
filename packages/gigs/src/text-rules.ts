// Rules every piece of gig text follows. Text is stored as typed and rendered escaped, so markup
// would be harmless on our pages; it is still refused so that nothing pasted into a listing can
// turn into script in some other renderer (an email, an export, a partner's widget).

/** C0 controls other than tab and newlines, and DEL; every parsed input refuses them too. */
export { containsControlCharacters } from "@hunar/core/control-characters";
/** "۵,۰۰۰" → "5000": local digits to ASCII, thousands separators and spaces dropped. */
export { normaliseNumberText } from "@hunar/core/number-text";

/** A tag opener (`<a`, `</`, `<!--`, `<?`) or a script URL scheme anywhere in the text. */
const MARKUP = /<\s*[a-z!/?]|(?:java|vb)script\s*:|data\s*:\s*text\/html/i;

export function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** One line of text: NFC, runs of whitespace (including newlines) become one space, trimmed. */
export function normaliseLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Several lines (descriptions, answers): NFC, Windows line ends unified, outer space trimmed. */
export function normaliseBlock(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}
