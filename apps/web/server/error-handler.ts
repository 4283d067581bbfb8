import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@hunar/db/errors";
import type { ErrorRequestHandler } from "express";

function statusOf(error: unknown): number {
  if (typeof error !== "object" || error === null) return 500;
  const { status, statusCode, code } = error as { status?: unknown; statusCode?: unknown; code?: unknown };
  const candidate = typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : undefined;
  if (candidate !== undefined && candidate >= 400 && candidate < 600) return candidate;
  // A Host header or path that is not a valid URL is the client's mistake, not ours.
  if (code === "ERR_INVALID_URL") return 400;
  // The database is unreachable (restarting, a network cut): temporary, so 503.
  if (isDatabaseUnavailable(error)) return 503;
  return 500;
}

/**
 * Last resort for errors that escaped their handler. Client mistakes (bad URLs, bodies, hosts)
 * get their 4xx; anything else is logged with the request id and answered with a short bilingual
 * page that never shows internals.
 */
export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const status = statusOf(error);
  const log = res.locals.log;
  if (status >= 500) log.error({ err: error }, "unhandled error");
  else log.info({ status, reason: error instanceof Error ? error.message : String(error) }, "bad request");

  if (res.headersSent) {
    // Too late for a page: let Express end the connection.
    next(error);
    return;
  }
  const requestId = res.locals.requestId;
  if (status === 503) res.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  const [ur, en] =
    status >= 500
      ? ["کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔", "Something went wrong. Please try again."]
      : ["یہ درخواست درست نہیں۔", "This request is not valid."];
  res
    .status(status)
    .type("text/html")
    .send(
      `<!doctype html><html lang="ur" dir="rtl"><meta charset="utf-8"><title>${status}</title>` +
        `<p>${ur}</p><p dir="ltr" lang="en">${en}</p><p dir="ltr"><small>${requestId}</small></p></html>`,
    );
};
