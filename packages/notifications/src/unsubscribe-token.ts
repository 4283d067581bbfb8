import { createHmac, timingSafeEqual } from "node:crypto";
import { isEmailKind, type NotificationKind } from "./kinds.ts";

// An unsubscribe link works without logging in, so the token itself is the permission: the user
// and kind it names, signed with HMAC-SHA256 under the server's secret. It does not expire (old
// e-mails keep working) and can do one thing only: switch that kind's e-mail off.

const VERSION = "u1";

function mac(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${VERSION}:${payload}`).digest();
}

export function signUnsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  const payload = Buffer.from(`${userId}\n${kind}`).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The user and kind a genuine token names; null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(secret: string, token: unknown): { userId: string; kind: NotificationKind } | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, kind, rest] = Buffer.from(payload, "base64url").toString("utf8").split("\n");
  if (!userId || rest !== undefined || !isEmailKind(kind)) return null;
  return { userId, kind };
}
