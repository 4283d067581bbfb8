import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

const TOKEN_BYTES = 20;

/** The secret the browser keeps in its cookie: 20 random bytes (160 bits), base32 lower-case. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * The stored session id is the SHA-256 of the token, so a leaked sessions table gives no usable
 * cookie. A plain hash is enough here (unlike passwords) because the token is high-entropy.
 */
export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
