import type { Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";

export interface EscrowPosition {
  /** What ORDER_ESCROW holds now. */
  heldPaisa: bigint;
  /** Sum of escrow released to the freelancer so far (before fees). */
  releasedPaisa: bigint;
  /** Sum of escrow refunded to the client so far (client fee not included). */
  refundedPaisa: bigint;
  /** Movements out of escrow so far: numbers the next release or refund key. */
  movements: number;
}

/** The order's escrow, read from its ledger entries (call with the order row locked). */
export async function readEscrowPosition(tx: Tx, orderId: string): Promise<EscrowPosition> {
  const key = accountKey({ type: "ORDER_ESCROW", orderId });
  const rows = await tx.$queryRaw<{ kind: string; total: bigint; n: number }[]>`
    SELECT t.kind::text AS kind, sum(e."amountPaisa")::bigint AS total, count(*)::int AS n
    FROM "LedgerEntry" e
    JOIN "LedgerAccount" a ON a.id = e."accountId"
    JOIN "LedgerTransaction" t ON t.id = e."transactionId"
    WHERE a.key = ${key}
    GROUP BY t.kind`;
  let held = 0n;
  let released = 0n;
  let refunded = 0n;
  let movements = 0;
  for (const row of rows) {
    const total = BigInt(row.total);
    held += total;
    if (row.kind === "ESCROW_FUNDED") continue;
    movements += row.n;
    if (row.kind === "ESCROW_RELEASED") released -= total;
    else if (row.kind === "ESCROW_REFUNDED") refunded -= total;
  }
  return { heldPaisa: held, releasedPaisa: released, refundedPaisa: refunded, movements };
}
