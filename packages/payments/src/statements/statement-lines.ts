import { Prisma, type Db, type LedgerTransactionKind, type PaymentRail, type Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";

/** One ledger transaction that touched the freelancer's earnings accounts. */
export interface StatementLine {
  transactionId: string;
  date: Date;
  kind: LedgerTransactionKind;
  orderNumber: number | null;
  orderTitle: string | null;
  /** For payout lines: where the money went (the number cut to its last four characters). */
  payoutAccount: { rail: PaymentRail; accountTitle: string; accountNumberEnding: string } | null;
  /** For a payout that was sent: the bank's or wallet's transaction reference the admin entered. */
  payoutReference: string | null;
  /** Earnings lines only (the release of an order): price of the work, Hunar's fee, what you got. */
  grossPaisa: bigint;
  feePaisa: bigint;
  netPaisa: bigint;
  /**
   * What moved, signed from the freelancer's side: money in positive (the net of earnings, earnings
   * cleared for withdrawal, a payout returned to the balance), money out negative (a payout
   * requested leaves the available balance, a payout sent leaves Hunar); adjustments as posted.
   */
  amountPaisa: bigint;
}

export const EARNING_KINDS: ReadonlySet<LedgerTransactionKind> = new Set(["ESCROW_RELEASED", "DISPUTE_SETTLED"]);

interface Row {
  transactionId: string;
  kind: LedgerTransactionKind;
  date: Date;
  orderNumber: number | null;
  orderTitle: string | null;
  payoutRail: PaymentRail | null;
  payoutTitle: string | null;
  payoutNumber: string | null;
  payoutReference: string | null;
  pendingPaisa: bigint;
  availablePaisa: bigint;
  clearingPaisa: bigint;
  feePaisa: bigint;
}

/** The freelancer's three earnings accounts by id ("" for one never posted to). */
async function accountIds(db: Db | Tx, userId: string) {
  const keys = {
    pending: accountKey({ type: "FREELANCER_PENDING", userId }),
    available: accountKey({ type: "FREELANCER_AVAILABLE", userId }),
    clearing: accountKey({ type: "PAYOUT_CLEARING", userId }),
  };
  const rows = await db.ledgerAccount.findMany({ where: { key: { in: Object.values(keys) } }, select: { id: true, key: true } });
  const id = (key: string) => rows.find((row) => row.key === key)?.id ?? "";
  return { pending: id(keys.pending), available: id(keys.available), clearing: id(keys.clearing) };
}

function toLine(row: Row): StatementLine {
  const pending = BigInt(row.pendingPaisa);
  const available = BigInt(row.availablePaisa);
  const clearing = BigInt(row.clearingPaisa);
  const delta = pending + available + clearing;
  const base = {
    transactionId: row.transactionId,
    date: row.date,
    kind: row.kind,
    orderNumber: row.orderNumber,
    orderTitle: row.orderTitle,
    payoutAccount:
      row.payoutRail && row.payoutTitle && row.payoutNumber
        ? { rail: row.payoutRail, accountTitle: row.payoutTitle, accountNumberEnding: row.payoutNumber.slice(-4) }
        : null,
    // Only a sent payout carries a reference; the request line stays without one.
    payoutReference: row.kind === "PAYOUT_PAID" ? row.payoutReference : null,
    grossPaisa: 0n,
    feePaisa: 0n,
    netPaisa: 0n,
  };
  if (EARNING_KINDS.has(row.kind) && delta > 0n) {
    const fee = BigInt(row.feePaisa);
    return { ...base, grossPaisa: delta + fee, feePaisa: fee, netPaisa: delta, amountPaisa: delta };
  }
  switch (row.kind) {
    case "EARNINGS_CLEARED":
    case "PAYOUT_REJECTED":
      return { ...base, amountPaisa: available };
    case "PAYOUT_REQUESTED":
      return { ...base, amountPaisa: available };
    case "PAYOUT_PAID":
      return { ...base, amountPaisa: clearing };
    default:
      return { ...base, amountPaisa: delta };
  }
}

/**
 * One line per ledger transaction that touched the user's pending, available or clearing
 * account in [from, to), oldest first. One query: the entries come from the (accountId,
 * createdAt) index; each earnings line's fee is the platform revenue entry of the same
 * transaction, so partial releases and dispute splits show the fee actually taken.
 */
export async function loadStatementLines(db: Db | Tx, userId: string, from: Date, to: Date): Promise<StatementLine[]> {
  const ids = await accountIds(db, userId);
  const mine = [ids.pending, ids.available, ids.clearing].filter((id) => id !== "");
  if (mine.length === 0) return [];
  // Entries are summed per transaction first (narrow rows, index range on each account), then
  // each transaction is joined once. The fee lookup names only the transaction, so it takes the
  // transactionId index however many entries the revenue account has.
  const rows = await db.$queryRaw<Row[]>`
    WITH mine AS (
      SELECT e."transactionId",
        SUM(CASE WHEN e."accountId" = ${ids.pending} THEN e."amountPaisa" ELSE 0 END)::bigint AS "pendingPaisa",
        SUM(CASE WHEN e."accountId" = ${ids.available} THEN e."amountPaisa" ELSE 0 END)::bigint AS "availablePaisa",
        SUM(CASE WHEN e."accountId" = ${ids.clearing} THEN e."amountPaisa" ELSE 0 END)::bigint AS "clearingPaisa"
      FROM "LedgerEntry" e
      WHERE e."accountId" IN (${Prisma.join(mine)}) AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      GROUP BY e."transactionId"
    )
    SELECT t.id AS "transactionId", t.kind::text AS kind, t."createdAt" AS date,
      o.number AS "orderNumber", o.title AS "orderTitle",
      p.rail::text AS "payoutRail", p."accountTitle" AS "payoutTitle", p."accountNumber" AS "payoutNumber",
      p."providerReference" AS "payoutReference",
      m."pendingPaisa", m."availablePaisa", m."clearingPaisa",
      CASE WHEN t.kind IN ('ESCROW_RELEASED', 'DISPUTE_SETTLED') THEN
        (SELECT COALESCE(SUM(GREATEST(r."amountPaisa", 0)), 0) FROM "LedgerEntry" r
          JOIN "LedgerAccount" ra ON ra.id = r."accountId"
          WHERE r."transactionId" = t.id AND ra.type = 'PLATFORM_REVENUE')
      ELSE 0 END::bigint AS "feePaisa"
    FROM mine m
    JOIN "LedgerTransaction" t ON t.id = m."transactionId"
    LEFT JOIN "Order" o ON o.id = t."orderId"
    LEFT JOIN "PayoutRequest" p ON p.id = t."payoutRequestId"
    ORDER BY t."createdAt", t.id`;
  return rows.map(toLine);
}
