import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Db, Tx } from "@hunar/db/client";
import type { AccountTokenPurpose } from "@hunar/db/types";

/*
 * Single-use links sent by e-mail. The link carries 32 random bytes; the table keeps only their
 * SHA-256 (as session ids are derived, session-token.ts), so neither a leaked table nor a backup
 * opens an account. A token is used by claiming it: one UPDATE that sets usedAt only where it is
 * still unused and unexpired, so of two requests racing with the same link exactly one wins.
 */

const TOKEN_BYTES = 32;
const HOUR_MS = 60 * 60 * 1000;

/** How long each kind of link works. */
export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  RESET_PASSWORD: HOUR_MS,
  VERIFY_EMAIL: 24 * HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
  RESTORE_EMAIL: 7 * 24 * HOUR_MS,
};

/** The most characters a token from a link may have before it is not even looked up. */
export const ACCOUNT_TOKEN_MAX = 128;

export interface AccountTokenRow {
  id: string;
  purpose: AccountTokenPurpose;
  userId: string;
  email: string;
  expiresAt: Date;
}

const ROW_SELECT = { id: true, purpose: true, userId: true, email: true, expiresAt: true } as const;

export function generateAccountToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function accountTokenHash(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a new link's hash and returns the token, which from here on exists only in the e-mail. */
export async function issueAccountToken(
  db: Db | Tx,
  input: { userId: string; purpose: AccountTokenPurpose; email: string; now?: Date },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = generateAccountToken();
  const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_LIFETIME_MS[input.purpose]);
  const row = await db.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      email: input.email,
      tokenHash: accountTokenHash(token),
      expiresAt,
      createdAt: now,
    },
    select: { id: true },
  });
  return { token, id: row.id, expiresAt };
}

/** The unused, unexpired token of one of these purposes, without using it (for showing a page). */
export async function findUsableAccountToken(
  db: Db | Tx,
  purposes: readonly AccountTokenPurpose[],
  token: string,
  now: Date = new Date(),
): Promise<AccountTokenRow | null> {
  if (token.length === 0 || token.length > ACCOUNT_TOKEN_MAX) return null;
  return db.accountToken.findFirst({
    where: { tokenHash: accountTokenHash(token), purpose: { in: [...purposes] }, usedAt: null, expiresAt: { gt: now } },
    select: ROW_SELECT,
  });
}

/** Uses the token: exactly one caller gets its row, later or concurrent ones (and stale links) get null. */
export async function claimAccountToken(
  db: Db | Tx,
  purposes: readonly AccountTokenPurpose[],
  token: string,
  now: Date = new Date(),
): Promise<AccountTokenRow | null> {
  if (token.length === 0 || token.length > ACCOUNT_TOKEN_MAX) return null;
  const [row] = await db.accountToken.updateManyAndReturn({
    where: { tokenHash: accountTokenHash(token), purpose: { in: [...purposes] }, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: ROW_SELECT,
  });
  return row ?? null;
}

/** Ends the user's other links of these purposes (after a reset, or once the address changed). */
export async function retireAccountTokens(
  db: Db | Tx,
  userId: string,
  purposes: readonly AccountTokenPurpose[],
  now: Date = new Date(),
): Promise<void> {
  await db.accountToken.updateMany({ where: { userId, purpose: { in: [...purposes] }, usedAt: null }, data: { usedAt: now } });
}

export async function markAccountTokenSent(db: Db | Tx, id: string, at: Date = new Date()): Promise<void> {
  await db.accountToken.updateMany({ where: { id }, data: { sentAt: at } });
}
