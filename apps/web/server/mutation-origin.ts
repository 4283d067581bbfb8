import { isAllowedOrigin } from "@hunar/auth/origin";
import type { RequestHandler } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard in front of React Router: a form POST (route action) whose Origin is missing or not
 * ours is refused before any action runs, so no route can forget the check. Browsers send Origin
 * on every POST, with or without JavaScript.
 */
export function requireSameOriginMutations(allowedOrigins: () => readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isAllowedOrigin(req.headers.origin, allowedOrigins())) {
      next();
      return;
    }
    res.locals.log.warn({ origin: req.headers.origin ?? null, path: req.path }, "refused cross-origin mutation");
    res
      .status(403)
      .type("text/html")
      .send(
        '<!doctype html><html lang="ur" dir="rtl"><meta charset="utf-8"><title>403</title>' +
          "<p>یہ درخواست کسی دوسری ویب سائٹ سے آئی ہے، اس لیے رد کر دی گئی۔</p>" +
          '<p dir="ltr" lang="en">This request came from another website, so it was refused.</p></html>',
      );
  };
}
