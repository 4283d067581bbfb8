import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "./types.ts";
import { Prisma } from "./types.ts";

/*
 * A verified e-mail: the owner opened a link we mailed to the account's current address (at
 * sign-up, after a change of address, or a password reset). Browsing, buying nothing and
 * replying need none; what a script would do in bulk does: putting a gig up for review, placing
 * an order, and opening contact with someone in chat. This is what lets sign-up allow many
 * accounts per address (carrier NAT puts many real people behind one), while a farm of fresh
 * accounts still needs one real mailbox each before it can reach anybody.
 *
 * In @hunar/db for the reason active-user.ts gives: gigs and chat need the rule and sit on auth's
 * floor. Unlike that rule, the refusal is the same everywhere, so it lives here too.
 */

export const verifiedEmailSelect = { emailVerifiedAt: true } as const satisfies Prisma.UserSelect;

export interface VerifiedEmailFields {
  emailVerifiedAt: Date | null;
}

export function isEmailVerified(user: VerifiedEmailFields): boolean {
  return user.emailVerifiedAt !== null;
}

/** The refusal: FORBIDDEN `errors:emailNotVerified` (the page links it to "send the e-mail again"). */
export function emailNotVerifiedError(): AppError {
  return new AppError("FORBIDDEN", "errors:emailNotVerified");
}

/** Throws the refusal unless the loaded account is verified. */
export function assertEmailVerified(user: VerifiedEmailFields): void {
  if (!isEmailVerified(user)) throw emailNotVerifiedError();
}

/** Looks the account up and throws the refusal unless its e-mail is verified (UNAUTHENTICATED if it is gone). */
export async function requireVerifiedEmail(db: Db | Tx, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: verifiedEmailSelect });
  if (!user) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
  assertEmailVerified(user);
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/** The rule as a raw SQL condition on the "User" row named `alias` in the query (a code constant). */
export function verifiedEmailSql(alias: string): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`verifiedEmailSql: not an SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(alias)}."emailVerifiedAt" IS NOT NULL`;
}
