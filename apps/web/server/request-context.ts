import { randomBytes, randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "./logger.ts";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      requestId: string;
      /** Per-request CSP nonce for React Router's inline hydration scripts. */
      cspNonce: string;
      log: Logger;
    }
  }
}

// A proxy's id is kept so one request can be followed across services; anything odd is replaced
// rather than echoed into logs and headers.
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** Request id, CSP nonce, a child logger, and one log line per request when it finishes. */
export function requestContext(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Captured now: routers mounted on a prefix (/assets) rewrite req.url while they run.
    const { method, path } = req;
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.locals.requestId = requestId;
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.locals.log = log.child({ requestId });
    res.setHeader("X-Request-Id", requestId);

    res.once("close", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const status = res.statusCode;
      const entry = {
        method,
        path,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        aborted: !res.writableFinished || undefined,
      };
      // Hashed assets are fetched on every cold page view; keep them out of the info stream.
      const level = status >= 500 ? "error" : path.startsWith("/assets/") && status < 400 ? "debug" : "info";
      res.locals.log[level](entry, "request");
    });
    next();
  };
}
