import { containsControlCharacters } from "@hunar/core/control-characters";
import type { RequestHandler } from "express";

const BAD_REQUEST = { ur: "یہ درخواست درست نہیں۔", en: "This request is not valid." };
const NOT_FOUND = { ur: "یہ صفحہ موجود نہیں۔", en: "This page does not exist." };

/** Decoded, or null when the percent-encoding is broken ("%E0%A4%A"). */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return null;
  }
}

/**
 * What no page can be asked for, refused once here for every later layer (pages, tRPC, files):
 * a path with broken percent-encoding is 400, and one with a control character (U+0000 and the
 * like, which PostgreSQL refuses in a query) names nothing: 404. A query whose names or values
 * hold control characters, or do not decode, is 400. Tabs and line breaks count too: no link
 * of ours has them.
 */
export const rejectMalformedPaths: RequestHandler = (req, res, next) => {
  const path = decoded(req.path);
  const query = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?") + 1) : "";
  const parts = query === "" ? [] : query.split(/[&=]/).map(decoded);
  let refusal: { status: number; text: { ur: string; en: string } } | null = null;
  if (path === null || parts.some((part) => part === null || /[\t\n\r]/.test(part) || containsControlCharacters(part))) {
    refusal = { status: 400, text: BAD_REQUEST };
  } else if (/[\t\n\r]/.test(path) || containsControlCharacters(path)) {
    refusal = { status: 404, text: NOT_FOUND };
  }
  if (!refusal) {
    next();
    return;
  }
  res
    .status(refusal.status)
    .type("text/html")
    .send(
      `<!doctype html><html lang="ur" dir="rtl"><meta charset="utf-8"><title>${refusal.status}</title>` +
        `<p>${refusal.text.ur}</p><p dir="ltr" lang="en">${refusal.text.en}</p></html>`,
    );
};
