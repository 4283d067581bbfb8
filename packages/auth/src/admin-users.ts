import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import { parseInput } from "@hunar/core/parse-input";
import type { AccountIntent, Db, Prisma } from "@hunar/db/types";
import { z } from "zod";

export const USER_SEARCH_PAGE_SIZE = 50;

export interface UsersAdmin {
  userId: string;
}

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string({ error: "errors:invalid" }).trim().max(max, { error: "errors:invalid" }).optional(),
  );

// The admin console's user search, as its GET form sends it (blank is "everyone").
export const ZUserSearch = z.object({
  /** Part of a name, an e-mail address or a handle (with or without its "@"). */
  q: optionalText(100),
  cursor: optionalText(200),
});

export type UserSearchInput = z.input<typeof ZUserSearch>;

export interface UserSearchRow {
  id: string;
  displayName: string;
  email: string;
  handle: string | null;
  isAdmin: boolean;
  intent: AccountIntent;
  createdAt: Date;
  suspendedAt: Date | null;
  cnicVerified: boolean;
}

/** The acting admin's role read from the database, not from their session: a demoted admin stops at once. */
export async function assertAdminInDb(db: Db, admin: UsersAdmin): Promise<void> {
  const acting = await db.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, suspendedAt: true } });
  if (!acting?.isAdmin || acting.suspendedAt) throw new AppError("FORBIDDEN", "errors:forbidden");
}

/**
 * Accounts for admins, newest first in keyset pages of 50, matching part of the name, e-mail or
 * handle in any case. The CNIC badge is the profile's verified date, read as a fact: deciding it
 * stays with the profiles domain (setVerification).
 */
export async function searchUsers(db: Db, admin: UsersAdmin, raw: UserSearchInput = {}) {
  const query = parseInput(ZUserSearch, raw);
  await assertAdminInDb(db, admin);
  const position = query.cursor ? decodeKeysetCursor(query.cursor) : null;
  if (query.cursor && !position) throw new AppError("BAD_INPUT", "errors:invalid", { fields: { cursor: { key: "errors:invalid" } } });
  const where: Prisma.UserWhereInput = { AND: [query.q ? matching(query.q) : {}, position ? afterKeyset("createdAt", position) : {}] };
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: USER_SEARCH_PAGE_SIZE + 1,
    select: {
      id: true,
      displayName: true,
      email: true,
      handle: true,
      isAdmin: true,
      intent: true,
      createdAt: true,
      suspendedAt: true,
      profile: { select: { cnicVerifiedAt: true } },
    },
  });
  const page = rows.slice(0, USER_SEARCH_PAGE_SIZE);
  const last = page.at(-1);
  return {
    users: page.map(({ profile, ...user }): UserSearchRow => ({ ...user, cnicVerified: Boolean(profile?.cnicVerifiedAt) })),
    nextCursor: rows.length > USER_SEARCH_PAGE_SIZE && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export type UserSearchPage = Awaited<ReturnType<typeof searchUsers>>;

// Prisma hands `contains` to ILIKE as it is: a "%" or "_" typed into the search would match anything.
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function matching(raw: string): Prisma.UserWhereInput {
  const q = literal(raw);
  const handle = literal(raw.replace(/^@/, ""));
  return {
    OR: [
      { displayName: { contains: q, mode: "insensitive" } },
      { email: { contains: q, mode: "insensitive" } },
      ...(handle ? [{ handle: { contains: handle, mode: "insensitive" as const } }] : []),
    ],
  };
}
