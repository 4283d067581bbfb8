import { Prisma } from "./types.ts";

/*
 * What an active account is: one that is not suspended. The User model has no other state that
 * takes an account out of the marketplace (no deletion or closing yet); one that arrives is added
 * here, and every query and check below follows.
 *
 * Why in @hunar/db and not in @hunar/auth: auth owns sessions and logging in, and callers above
 * the domain floor get this rule from there (`@hunar/auth/active-user` re-exports it). But gigs,
 * chat and payments need it too and sit on auth's own floor, where packages do not import each
 * other. The rule itself is only a fact about a User row, so its smallest form lives with the
 * model, where every domain can reach it; what auth does with it (refusing a log-in, ending a
 * session) stays in auth.
 */

/** A `where` for User rows (or a relation to one) that only active accounts pass. */
export const activeUserWhere = { suspendedAt: null } as const satisfies Prisma.UserWhereInput;

/** What to select so `isActiveUser` can decide on a loaded row. */
export const activeUserSelect = { suspendedAt: true } as const satisfies Prisma.UserSelect;

export interface ActiveUserFields {
  suspendedAt: Date | null;
}

/** The rule for a row loaded with `activeUserSelect`. */
export function isActiveUser(user: ActiveUserFields): boolean {
  return user.suspendedAt === null;
}

/** The row without the fields the rule reads, for callers that hand the rest on. */
export function withoutActiveUserFields<Row extends ActiveUserFields>(row: Row): Omit<Row, keyof ActiveUserFields> {
  const { suspendedAt: _suspendedAt, ...rest } = row;
  return rest;
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/** The rule as a raw SQL condition on the "User" row named `alias` in the query (a code constant). */
export function activeUserSql(alias: string): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`activeUserSql: not an SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(alias)}."suspendedAt" IS NULL`;
}
