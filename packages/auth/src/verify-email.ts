import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/client";
import { renderAccountEmail } from "@hunar/notifications/account-email";
import { accountLink } from "./account-links.ts";
import {
  ACCOUNT_TOKEN_LIFETIME_MS,
  ACCOUNT_TOKEN_MAX,
  type AccountTokenRow,
  accountTokenHash,
  claimAccountToken,
  findUsableAccountToken,
  issueAccountToken,
  markAccountTokenSent,
  retireAccountTokens,
} from "./account-token.ts";
import { activeUserSelect, isActiveUser } from "./active-user.ts";
import type { AccountMailDeps } from "./deps.ts";
import type { MailRecipient } from "./send-verification.ts";
import { isUniqueViolation } from "./unique-violation.ts";

export type VerifyEmailResult =
  { status: "verified"; email: string } | { status: "changed"; email: string } | { status: "alreadyVerified"; email: string };

const VERIFY_PURPOSES = ["VERIFY_EMAIL", "CHANGE_EMAIL"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export const emailTakenNow = () => new AppError("CONFLICT", "errors:emailTakenNow");
/** A verification link that is unknown, expired, or for an address the account no longer has. */
export const verifyLinkInvalid = () => new AppError("INVALID_STATE", "errors:verifyLinkInvalid");

const RECIPIENT_SELECT = {
  id: true,
  email: true,
  displayName: true,
  preferredLocale: true,
  emailVerifiedAt: true,
  ...activeUserSelect,
} as const;

type Claimed =
  | { status: "verified"; email: string }
  | { status: "changed"; email: string; previous: MailRecipient; restoreToken: string; restoreTokenId: string };

/**
 * Uses a verification link. VERIFY_EMAIL marks the account's address verified (if it is still
 * the address the link was sent to). CHANGE_EMAIL moves the account to the new address, verified,
 * ends the links sent to the old one, and tells the old address, with a link that undoes it
 * (restore-email.ts) for an owner whose password someone else used. A link opened again, after
 * it worked, says so instead of calling itself broken (mail scanners open links too); any other
 * unusable link is INVALID_STATE `errors:verifyLinkInvalid`.
 */
export async function verifyEmail(deps: AccountMailDeps & { db: Db }, token: string, now: Date = new Date()): Promise<VerifyEmailResult> {
  const claimed = await deps.db.$transaction((tx) => claimVerification(tx, token, now));
  if (claimed === null) {
    const done = await alreadyDone(deps.db, token);
    if (!done) throw verifyLinkInvalid();
    return done;
  }
  if (claimed.status === "verified") return claimed;

  const { previous } = claimed;
  const content = renderAccountEmail(
    {
      kind: "emailChanged",
      url: accountLink(deps.siteOrigin, "RESTORE_EMAIL", claimed.restoreToken),
      days: ACCOUNT_TOKEN_LIFETIME_MS.RESTORE_EMAIL / DAY_MS,
      newEmail: claimed.email,
    },
    { displayName: previous.displayName, locale: previous.preferredLocale },
  );
  deps.mail.send(
    { to: previous.email, locale: previous.preferredLocale, ...content },
    { onSent: () => markAccountTokenSent(deps.db, claimed.restoreTokenId) },
  );
  return { status: "changed", email: claimed.email };
}

async function claimVerification(tx: Tx, token: string, now: Date): Promise<Claimed | null> {
  const row = await claimAccountToken(tx, VERIFY_PURPOSES, token, now);
  if (!row) return null;
  const user = await tx.user.findUnique({ where: { id: row.userId }, select: RECIPIENT_SELECT });
  if (!user || !isActiveUser(user)) throw verifyLinkInvalid();
  if (row.purpose === "VERIFY_EMAIL") {
    if (user.email !== row.email) throw verifyLinkInvalid();
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    return { status: "verified", email: user.email };
  }
  return changeAddress(tx, row, user, now);
}

async function changeAddress(tx: Tx, row: AccountTokenRow, user: MailRecipient, now: Date): Promise<Claimed> {
  try {
    // The unique index decides; the whole transaction (the claim included) rolls back, so the
    // link still works if the address is freed later.
    await tx.user.update({ where: { id: user.id }, data: { email: row.email, emailVerifiedAt: now } });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTakenNow();
    throw error;
  }
  // Links sent to the old address stop working; earlier restore links stay (see restore-email.ts).
  await retireAccountTokens(tx, user.id, ["RESET_PASSWORD", "VERIFY_EMAIL", "CHANGE_EMAIL"], now);
  const restore = await issueAccountToken(tx, { userId: user.id, purpose: "RESTORE_EMAIL", email: user.email, now });
  return { status: "changed", email: row.email, previous: user, restoreToken: restore.token, restoreTokenId: restore.id };
}

export type VerificationLinkState =
  | { status: "usable"; purpose: "VERIFY_EMAIL" | "CHANGE_EMAIL"; email: string }
  | { status: "alreadyVerified"; email: string }
  | { status: "invalid" };

/** What a verification link would do, without using it (the page that asks to confirm). */
export async function verificationLinkState(db: Db, token: string, now: Date = new Date()): Promise<VerificationLinkState> {
  const usable = await findUsableAccountToken(db, VERIFY_PURPOSES, token, now);
  if (usable?.purpose === "CHANGE_EMAIL") return { status: "usable", purpose: usable.purpose, email: usable.email };
  if (usable?.purpose === "VERIFY_EMAIL") {
    const user = await db.user.findUnique({ where: { id: usable.userId }, select: { email: true } });
    if (user?.email === usable.email) return { status: "usable", purpose: usable.purpose, email: usable.email };
  }
  const done = await alreadyDone(db, token);
  return done ?? { status: "invalid" };
}

/** A used link whose work is done (the address verified, or the change made) is not an error. */
async function alreadyDone(db: Db, token: string): Promise<{ status: "alreadyVerified"; email: string } | null> {
  if (token.length === 0 || token.length > ACCOUNT_TOKEN_MAX) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: accountTokenHash(token) },
    select: { purpose: true, email: true, usedAt: true, user: { select: { email: true, emailVerifiedAt: true } } },
  });
  const done = row?.usedAt && (row.purpose === "VERIFY_EMAIL" || row.purpose === "CHANGE_EMAIL");
  if (done && row.user.email === row.email && row.user.emailVerifiedAt) return { status: "alreadyVerified", email: row.email };
  return null;
}
