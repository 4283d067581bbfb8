// Whitespace of any kind (tab, newline, U+3000…), control and format characters (NUL, bidi and
// zero-width marks), and backslashes: browsers strip or reinterpret them, so "/\t/evil.example"
// is read as "//evil.example", and a newline or NUL in a Location header breaks the response.
const UNSAFE = /[\s\p{Cc}\p{Cf}\\]/u;
const BASE = "http://same-site.invalid";
const MAX_LENGTH = 2_000;

/**
 * A same-site path to go to after logging in (or after an action). Only a plain path on this
 * site is kept, as the URL parser reads it and percent-encoded, so the Location header carries
 * exactly what was checked; anything else (absolute URLs, protocol-relative `//host`, backslash
 * and whitespace tricks, control characters) falls back.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || target === "" || target.length > MAX_LENGTH) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || UNSAFE.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
