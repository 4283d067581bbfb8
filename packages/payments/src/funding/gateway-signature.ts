import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a callback's timestamp may be from our clock: older ones may be captured replays. */
export const GATEWAY_TOLERANCE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing" | "stale" | "mismatch" };

/** HMAC-SHA256 over `${timestamp}.${rawBody}`, hex: what the gateway sends and what tests sign with. */
export function signGatewayPayload(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest("hex");
}

/**
 * Checks a callback's signature over the exact bytes received (not re-serialised JSON) and its
 * timestamp (Unix seconds) within the tolerance; the timestamp is inside the signed text, so it
 * cannot be refreshed by whoever captured an old callback.
 */
export function verifyGatewaySignature(input: {
  secret: string;
  rawBody: Buffer | string;
  signature: string | undefined | null;
  timestamp: string | undefined | null;
  now?: Date;
}): SignatureCheck {
  const { secret, rawBody, signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp) || !/^[0-9a-fA-F]{64}$/.test(signature)) {
    return { ok: false, reason: "missing" };
  }
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > GATEWAY_TOLERANCE_SECONDS) return { ok: false, reason: "stale" };
  const expected = Buffer.from(signGatewayPayload(secret, timestamp, rawBody), "hex");
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "mismatch" };
  return { ok: true };
}
