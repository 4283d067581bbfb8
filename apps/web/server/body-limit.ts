import type { IncomingMessage } from "node:http";
import { REQUEST_TOO_LARGE_KEY, TRPC_MAX_BODY_BYTES, trpcPayloadTooLargeBody } from "@hunar/api/http";
import { readCookie } from "@hunar/auth/cookie";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@hunar/chat/attachments/limits";
import { MAX_GIG_IMAGES, MAX_IMAGE_BYTES } from "@hunar/gigs/images/limits";
import { dir, LOCALE_COOKIE, LOCALE_QUERY_PARAM, type Locale } from "@hunar/i18n/config";
import { negotiateLocale } from "@hunar/i18n/negotiate";
import { createT } from "@hunar/i18n/translate";
import { MAX_DELIVERY_TOTAL_BYTES } from "@hunar/orders/work/delivery-file-limits";
import type { Request, RequestHandler, Response } from "express";
import { PAYMENT_CALLBACK_MAX_BODY_BYTES } from "./payment-callback.ts";

const KiB = 1024;
const MiB = 1024 * KiB;

/** How a refusal is written: a tRPC error, the other APIs' JSON error, or a page. */
export type BodyKind = "trpc" | "api" | "page";

export interface BodyLimit {
  bytes: number;
  kind: BodyKind;
}

/** Login, signup and logout: a few short fields, and the first thing anyone can post to. */
export const AUTH_FORM_MAX_BYTES = 16 * KiB;
/**
 * Every other form sent urlencoded (or multipart to a page that takes no files). The longest
 * texts (10,000 characters; an Urdu letter is 6 bytes once percent-encoded) fit with room to spare.
 */
export const FORM_MAX_BYTES = 128 * KiB;
/** Room for the text fields, boundaries and part headers around the files of a multipart form. */
const FORM_FIELDS_BYTES = 1 * MiB;
/** Files one post of requirement answers may carry (the order page's and checkout's readers). */
const REQUIREMENT_FILES_PER_POST = 3;

/** Pages whose multipart forms carry files, and the most each can need. Paths without `.data`. */
const UPLOAD_FORMS: readonly { path: RegExp; bytes: number }[] = [
  // The gig form, new and edit: its images.
  { path: /^\/gigs\/(?:new|[^/]+\/edit)$/i, bytes: MAX_GIG_IMAGES * MAX_IMAGE_BYTES + FORM_FIELDS_BYTES },
  // A chat message with its attachments (the form without JavaScript).
  { path: /^\/inbox\/[^/]+$/i, bytes: MAX_ATTACHMENTS_PER_MESSAGE * MAX_ATTACHMENT_BYTES + FORM_FIELDS_BYTES },
  // Checkout, with the files of the requirement answers.
  { path: /^\/checkout\/[^/]+$/i, bytes: REQUIREMENT_FILES_PER_POST * MAX_ATTACHMENT_BYTES + FORM_FIELDS_BYTES },
  // An order: a delivery's files (the most of any form), or requirement answers.
  { path: /^\/orders\/[^/]+$/i, bytes: MAX_DELIVERY_TOTAL_BYTES + FORM_FIELDS_BYTES },
];

const AUTH_FORMS = /^\/(?:login|signup|logout)$/i;

/** The page a React Router request is for: `/orders/x.data`, `/orders/x/_.data` and `/orders/x/` are `/orders/x`. */
export function pagePath(path: string): string {
  let page = path.endsWith(".data") ? path.slice(0, -".data".length) : path;
  if (page === "/_root") return "/";
  if (page.endsWith("/_")) page = page.slice(0, -1);
  return page.length > 1 && page.endsWith("/") ? page.slice(0, -1) : page;
}

function isMultipart(req: IncomingMessage): boolean {
  return (req.headers["content-type"] ?? "").trim().toLowerCase().startsWith("multipart/form-data");
}

/**
 * The body limit of a request, by where it goes (paths compare as Express and React Router
 * match them: case aside), or null for a route that streams its body with limits of its own.
 * Anything not named is a page, so a path nobody thought of gets the small form limit.
 */
export function bodyLimitFor(req: Request): BodyLimit | null {
  const path = req.path;
  // Chat file uploads read their multipart stream themselves, refusing a file as it grows too big.
  if (/^\/api\/chat\/attachments\/?$/i.test(path)) return null;
  if (/^\/api\/trpc(?:\/|$)/i.test(path)) return { bytes: TRPC_MAX_BODY_BYTES, kind: "trpc" };
  if (/^\/api\/payments\/callback(?:\/|$)/i.test(path)) return { bytes: PAYMENT_CALLBACK_MAX_BODY_BYTES, kind: "api" };
  if (/^\/api(?:\/|$)/i.test(path)) return { bytes: FORM_MAX_BYTES, kind: "api" };
  const page = pagePath(path);
  if (AUTH_FORMS.test(page)) return { bytes: AUTH_FORM_MAX_BYTES, kind: "page" };
  const upload = isMultipart(req) ? UPLOAD_FORMS.find((form) => form.path.test(page)) : undefined;
  return { bytes: upload?.bytes ?? FORM_MAX_BYTES, kind: "page" };
}

/**
 * Bodies up to this size that come without a length are held here until complete, so whatever
 * reads them (tRPC, a form action) only ever starts on a body known to be within its limit.
 * Larger ones (multipart uploads) stream through to their reader, counted.
 */
const HOLD_MAX_BYTES = 1 * MiB;

/** The error a reader of a body cut at its limit fails with; React Router's handleError knows it. */
export const BODY_TOO_LARGE_CODE = "HUNAR_BODY_TOO_LARGE";

function bodyTooLargeError(limit: number): Error {
  return Object.assign(new Error(`The request body is over its limit of ${limit} bytes`), { code: BODY_TOO_LARGE_CODE, status: 413 });
}

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean;

/**
 * Node's HTTP parser hands every piece of a request body to `req.push`, whoever reads it and
 * whenever: counting there sees each byte as it arrives, before any reader buffers it.
 */
function interceptBody(req: IncomingMessage, onChunk: (chunk: Buffer, push: Push) => boolean, onEnd: (push: Push) => void): void {
  const push: Push = req.push.bind(req);
  req.push = (chunk: unknown): boolean => {
    if (chunk === null) {
      Reflect.deleteProperty(req, "push");
      onEnd(push);
      return false;
    }
    return onChunk(chunk as Buffer, push);
  };
}

/**
 * Every request body gets the limit of where it goes (bodyLimitFor), enforced before anything
 * reads it. A declared Content-Length over the limit is answered 413 at once, unread; a body
 * without one (chunked) is counted as it arrives and cut at the byte too many, with a 413 and the
 * connection closed. The 413 says why in the caller's language: tRPC's error shape for tRPC, JSON
 * with a messageKey for the other APIs, a short page for pages.
 */
export function limitRequestBodies(limitFor: (req: Request) => BodyLimit | null = bodyLimitFor): RequestHandler {
  return (req, res, next) => {
    const chunked = req.headers["transfer-encoding"] !== undefined;
    const declared = chunked ? null : Number(req.headers["content-length"] ?? 0);
    if (declared === 0) return next();
    const limit = limitFor(req);
    if (limit === null) return next();
    // The parser never reads past a declared length: only one over the limit needs stopping.
    if (declared !== null) return declared > limit.bytes ? refuse(req, res, limit, { declaredBytes: declared }) : next();
    if (limit.bytes <= HOLD_MAX_BYTES) return holdUntilComplete(req, res, limit, next);
    countWhileStreaming(req, res, limit);
    next();
  };
}

/** Keeps the pieces until the body is complete, then hands them on and lets the request through. */
function holdUntilComplete(req: Request, res: Response, limit: BodyLimit, next: () => void): void {
  // Anything the parser delivered before this point is in the request's own buffer (this runs
  // straight from the request event, so in practice nothing is).
  let received = req.readableLength;
  if (received > limit.bytes) return refuse(req, res, limit, { receivedBytes: received });
  if (req.complete) return next();
  const held: Buffer[] = [];
  let refused = false;
  interceptBody(
    req,
    (chunk) => {
      if (refused) return false;
      received += chunk.length;
      if (received > limit.bytes) {
        refused = true;
        held.length = 0;
        refuse(req, res, limit, { receivedBytes: received });
        return false;
      }
      held.push(chunk);
      // Keep reading: nothing downstream is reading yet, and the total is bounded by the limit.
      return true;
    },
    (push) => {
      if (refused) return;
      for (const chunk of held) push(chunk);
      push(null);
      // Out of the parser's callback before the rest of the app runs.
      setImmediate(next);
    },
  );
  // Take out what was buffered already, so the parser is asked for the rest and the order holds.
  if (req.readableLength > 0) {
    for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) held.push(chunk);
  }
}

/** Passes the pieces on as they come, until one goes over the limit; then the reader gets no more. */
function countWhileStreaming(req: Request, res: Response, limit: BodyLimit): void {
  let received = req.readableLength;
  let cut = false;
  interceptBody(
    req,
    (chunk, push) => {
      if (cut) return false;
      received += chunk.length;
      if (received <= limit.bytes) return push(chunk);
      cut = true;
      const error = bodyTooLargeError(limit.bytes);
      if (res.headersSent) {
        // The route is already answering without having read it all: just end the connection.
        req.destroy(error);
        return false;
      }
      refuse(req, res, limit, { receivedBytes: received });
      // The reader is still waiting for the rest; once the 413 is out and the connection closed,
      // it fails with the error above instead of waiting for ever.
      req.socket.once("close", () => req.destroy(error));
      return false;
    },
    (push) => void push(null),
  );
}

function requestLocale(req: Request): Locale {
  return negotiateLocale({
    query: new URL(req.originalUrl, "http://localhost").searchParams.get(LOCALE_QUERY_PARAM),
    cookie: readCookie(req.headers.cookie, LOCALE_COOKIE),
    acceptLanguage: req.headers["accept-language"],
  });
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** 413, then the connection is closed: what is left of the body is never read. */
function refuse(req: Request, res: Response, limit: BodyLimit, size: { declaredBytes?: number; receivedBytes?: number }): void {
  res.locals.log.info({ path: req.path, limitBytes: limit.bytes, ...size }, "request body too large");
  res.status(413).set({ Connection: "close", "Cache-Control": "no-store" });
  if (limit.kind === "trpc") {
    res
      .type("application/json")
      .send(trpcPayloadTooLargeBody({ cookie: req.headers.cookie, acceptLanguage: req.headers["accept-language"] }));
    return;
  }
  const locale = requestLocale(req);
  const message = createT(locale)(REQUEST_TOO_LARGE_KEY);
  if (limit.kind === "api") {
    res.json({ error: { code: "PAYLOAD_TOO_LARGE", messageKey: REQUEST_TOO_LARGE_KEY, message } });
    return;
  }
  res
    .type("text/html")
    .send(
      `<!doctype html><html lang="${locale}" dir="${dir(locale)}"><meta charset="utf-8"><title>413</title>` +
        `<p>${escapeHtml(message)}</p><p dir="ltr"><small>${escapeHtml(res.locals.requestId)}</small></p></html>`,
    );
}
