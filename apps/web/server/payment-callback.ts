import { isAppError, type AppErrorCode } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { type GatewayCallbackResult, handleGatewayCallback } from "@hunar/payments/funding/handle-gateway-callback";
import { orderFunding } from "@hunar/orders/order-funding";
import express, { Router, type Request, type Response } from "express";

type CallbackHandler = (
  db: Db,
  input: { rawBody: Buffer; signature: string | undefined; timestamp: string | undefined },
  options: { secret: string; now?: Date },
) => Promise<GatewayCallbackResult>;

// One entry per gateway adapter; the path names which one is calling.
const PROVIDERS: Record<string, CallbackHandler> = {
  gateway: (db, input, options) => handleGatewayCallback(db, input, orderFunding, options),
};

const STATUS: Partial<Record<AppErrorCode, number>> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
};

/** Gateway notifications are a few hundred bytes; anything near this is not one. */
export const PAYMENT_CALLBACK_MAX_BODY_BYTES = 32 * 1024;
const readRawBody = express.raw({ type: () => true, limit: PAYMENT_CALLBACK_MAX_BODY_BYTES });

function reply(res: Response, status: number, body: Record<string, unknown>): void {
  res.status(status).set("Cache-Control", "no-store").json(body);
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * POST /api/payments/callback/:provider — a payment gateway telling us, server to server, how a
 * payment ended. Mounted before the same-origin guard (gateways send no Origin); the HMAC
 * signature is the authentication instead. Answers JSON only: 200 handled (or a replay), 401 bad
 * signature, 400 malformed, 404 unknown (or no secret configured: the endpoint is off), 409
 * already decided. Nothing a caller sends produces a 500.
 */
export function paymentCallback(db: Db, options: { secret: string | null; now?: () => Date }): Router {
  const router = Router();
  router.post("/:provider", (req, res) => {
    const handle = Object.hasOwn(PROVIDERS, req.params.provider) ? PROVIDERS[req.params.provider] : undefined;
    if (!handle || !options.secret) return reply(res, 404, { error: "NOT_FOUND" });
    const secret = options.secret;
    readRawBody(req, res, (parseError?: unknown) => {
      if (parseError) {
        const status = (parseError as { status?: unknown }).status === 413 ? 413 : 400;
        return reply(res, status, { error: status === 413 ? "TOO_LARGE" : "BAD_INPUT" });
      }
      const rawBody: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const input = { rawBody, signature: header(req, "x-hunar-signature"), timestamp: header(req, "x-hunar-timestamp") };
      handle(db, input, { secret, ...(options.now ? { now: options.now() } : {}) }).then(
        (result) => {
          res.locals.log.info({ provider: req.params.provider, ...result }, "payment callback handled");
          reply(res, 200, { received: true, fundingRequestId: result.fundingRequestId, status: result.status });
        },
        (error: unknown) => {
          if (isAppError(error)) {
            res.locals.log.warn({ provider: req.params.provider, code: error.code, key: error.messageKey }, "payment callback refused");
            return reply(res, STATUS[error.code] ?? 400, { error: error.code, message: error.messageKey });
          }
          // Our fault (database down): 503 so the gateway delivers the event again later.
          res.locals.log.error({ err: error, provider: req.params.provider }, "payment callback failed");
          reply(res, 503, { error: "UNAVAILABLE" });
        },
      );
    });
  });
  router.use((_req, res) => reply(res, 404, { error: "NOT_FOUND" }));
  return router;
}
