import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from "@hunar/core/keyset-cursor";
import { badInput } from "@hunar/core/app-error";
import { Prisma, type Db, type LedgerTransactionKind, type Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";
import { STATEMENTS_KEY } from "./pakistan-time.ts";

const ACCOUNT_TYPES = {
  wallet: "CLIENT_BALANCE",
  available: "FREELANCER_AVAILABLE",
  pending: "FREELANCER_PENDING",
} as const;

export type ActivityAccount = keyof typeof ACCOUNT_TYPES;

export interface ActivityLine {
  /** The ledger entry's id. */
  id: string;
  createdAt: Date;
  kind: LedgerTransactionKind;
  /** Signed: positive raised this balance, negative lowered it. */
  amountPaisa: bigint;
  orderNumber: number | null;
  orderTitle: string | null;
  /** Pending earnings: when this release becomes withdrawable. */
  clearsAt: Date | null;
}

export interface ActivityPage {
  items: ActivityLine[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

const CURSOR_ERROR = () => badInput({ cursor: { key: `${STATEMENTS_KEY}.cursorInvalid` } });

function decodeCursor(cursor: string): KeysetPosition {
  const position = decodeKeysetCursor(cursor);
  if (!position) throw CURSOR_ERROR();
  return position;
}

/**
 * One balance's entries, newest first, a page at a time: keyset pagination on (createdAt, id),
 * so page 50 costs what page 1 costs, served by the (accountId, createdAt) index.
 */
export async function listAccountActivity(
  db: Db | Tx,
  userId: string,
  options: { account: ActivityAccount; cursor?: string | null; limit?: number },
): Promise<ActivityPage> {
  const type = Object.hasOwn(ACCOUNT_TYPES, options.account) ? ACCOUNT_TYPES[options.account] : undefined;
  if (!type) throw badInput({ account: { key: `${STATEMENTS_KEY}.accountInvalid` } });
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput({ limit: { key: `${STATEMENTS_KEY}.limitInvalid` } });
  if (options.cursor !== undefined && options.cursor !== null && typeof options.cursor !== "string") throw CURSOR_ERROR();
  const after = options.cursor ? decodeCursor(options.cursor) : null;

  const account = await db.ledgerAccount.findUnique({ where: { key: accountKey({ type, userId }) }, select: { id: true } });
  if (!account) return { items: [], nextCursor: null };
  const older = after ? Prisma.sql`AND (e."createdAt", e.id) < (${after.at}, ${after.id})` : Prisma.empty;
  const rows = await db.$queryRaw<ActivityLine[]>`
    SELECT e.id, e."createdAt", e."amountPaisa", t.kind::text AS kind, t."clearsAt",
      o.number AS "orderNumber", o.title AS "orderTitle"
    FROM "LedgerEntry" e
    JOIN "LedgerTransaction" t ON t.id = e."transactionId"
    LEFT JOIN "Order" o ON o.id = t."orderId"
    WHERE e."accountId" = ${account.id} ${older}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit + 1}`;
  const items = rows.slice(0, limit).map((row) => ({ ...row, amountPaisa: BigInt(row.amountPaisa) }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null };
}
