import type { Db, Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";

const BATCH = 200;

/**
 * Moves released earnings whose clearance period has passed from pending to available, one
 * release per transaction (key release:<txId>:clear, so a sweep that dies halfway, or two
 * servers sweeping at once, clear each release exactly once). Returns how many it cleared.
 * A release that fails is skipped for this sweep and reported after the rest are done, so one
 * bad row cannot hold everyone's earnings back.
 */
export async function clearDueEarnings(db: Db, now: Date = new Date()): Promise<number> {
  let cleared = 0;
  const failed: { id: string; error: unknown }[] = [];
  let after = "";
  for (;;) {
    const due = await db.ledgerTransaction.findMany({
      where: { kind: { in: ["ESCROW_RELEASED", "DISPUTE_SETTLED"] }, clearedAt: null, clearsAt: { lte: now }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (due.length === 0) break;
    for (const { id } of due) {
      after = id;
      try {
        if (await withMoneyTransaction(db, (tx) => clearRelease(tx, id, now))) cleared += 1;
      } catch (error) {
        failed.push({ id, error });
      }
    }
  }
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((f) => f.error),
      `clearing failed for ${failed.length} release(s): ${failed.map((f) => f.id).join(", ")}`,
    );
  }
  return cleared;
}

/**
 * Clears one release if it is due and not yet cleared; false otherwise. Runs inside the
 * caller's transaction (the sweeper's, or a test fixture's).
 */
export async function clearRelease(tx: Tx, releaseId: string, now: Date = new Date()): Promise<boolean> {
  // The release row's lock makes a concurrent sweeper wait here and then see clearedAt set.
  const [release] = await tx.$queryRaw<{ clearedAt: Date | null; clearsAt: Date | null; orderId: string | null }[]>`
    SELECT "clearedAt", "clearsAt", "orderId" FROM "LedgerTransaction" WHERE id = ${releaseId} FOR UPDATE`;
  if (!release || release.clearedAt || !release.clearsAt || release.clearsAt > now) return false;
  const pending = await tx.ledgerEntry.findMany({
    where: { transactionId: releaseId, account: { type: "FREELANCER_PENDING" }, amountPaisa: { gt: 0 } },
    select: { amountPaisa: true, account: { select: { key: true, ownerUserId: true } } },
  });
  for (const entry of pending) {
    const userId = entry.account.ownerUserId;
    if (!userId || entry.account.key !== accountKey({ type: "FREELANCER_PENDING", userId })) {
      throw new Error(`release ${releaseId} credits an unexpected account ${entry.account.key}`);
    }
    await postTransaction(tx, {
      idempotencyKey: pending.length === 1 ? `release:${releaseId}:clear` : `release:${releaseId}:clear:${userId}`,
      kind: "EARNINGS_CLEARED",
      lines: [
        { account: { type: "FREELANCER_PENDING", userId }, amountPaisa: -entry.amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId }, amountPaisa: entry.amountPaisa },
      ],
      orderId: release.orderId,
      postedAt: now,
    });
  }
  await tx.ledgerTransaction.update({ where: { id: releaseId }, data: { clearedAt: now } });
  return true;
}
