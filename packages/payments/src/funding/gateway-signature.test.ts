import { describe, expect, it } from "vitest";
import { signGatewayPayload, verifyGatewaySignature } from "./gateway-signature.ts";

const secret = "test-gateway-secret-0123456789abcdef";
const body = '{"eventId":"evt_1","fundingRequestId":"f1","status":"succeeded","amountPaisa":"150000"}';
const now = new Date("2026-11-20T10:00:00Z");
const ts = String(Math.floor(now.getTime() / 1000));

describe("gateway callback signatures", () => {
  it("accepts the HMAC-SHA256 of timestamp.body within five minutes", () => {
    const signature = signGatewayPayload(secret, ts, body);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyGatewaySignature({ secret, rawBody: body, signature, timestamp: ts, now })).toEqual({ ok: true });
    expect(verifyGatewaySignature({ secret, rawBody: Buffer.from(body), signature: signature.toUpperCase(), timestamp: ts, now })).toEqual({
      ok: true,
    });
    const fourMinutesLater = new Date(now.getTime() + 4 * 60_000);
    expect(verifyGatewaySignature({ secret, rawBody: body, signature, timestamp: ts, now: fourMinutesLater }).ok).toBe(true);
  });

  it("refuses another secret, a changed body or a changed timestamp", () => {
    const signature = signGatewayPayload(secret, ts, body);
    const other = signGatewayPayload("another-secret-0123456789abcdefgh", ts, body);
    expect(verifyGatewaySignature({ secret, rawBody: body, signature: other, timestamp: ts, now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyGatewaySignature({ secret, rawBody: body.replace("150000", "950000"), signature, timestamp: ts, now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyGatewaySignature({ secret, rawBody: body, signature, timestamp: String(Number(ts) + 1), now })).toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("refuses timestamps more than five minutes old or ahead, even when correctly signed", () => {
    for (const offset of [-301, 301, -86_400]) {
      const old = String(Number(ts) + offset);
      const signature = signGatewayPayload(secret, old, body);
      expect(verifyGatewaySignature({ secret, rawBody: body, signature, timestamp: old, now })).toEqual({ ok: false, reason: "stale" });
    }
  });

  it("refuses missing or malformed headers", () => {
    const signature = signGatewayPayload(secret, ts, body);
    for (const [sig, time] of [
      [undefined, ts],
      [signature, undefined],
      ["", ts],
      [signature.slice(0, 63), ts],
      [`${signature}00`, ts],
      ["z".repeat(64), ts],
      [signature, "12.5"],
      [signature, "-1"],
      [signature, "1".repeat(20)],
    ] as const) {
      expect(verifyGatewaySignature({ secret, rawBody: body, signature: sig, timestamp: time, now })).toEqual({
        ok: false,
        reason: "missing",
      });
    }
  });
});
