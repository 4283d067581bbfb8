import type { Db } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";
import { ENTRY_ONLY_TYPES } from "../src/ledger/accounts.ts";
import { createPendingOrders, createPeople } from "./bench-world.ts";

/**
 * A busy freelancer with about `entries` ledger entries of their own: two years of orders, each
 * funded, released (fee to revenue, net to pending, clearsAt a week later) and cleared into
 * available, i.e. three entries on the freelancer's accounts per order. Written in bulk with SQL
 * shaped exactly like the rows fundOrderFromWallet, releaseEscrow and clearDueEarnings write
 * (same keys, kinds, accounts and dates), because posting ten thousand of them one by one would
 * measure the write path again, which the throughput table already does; the run ends by
 * reconciling the whole ledger, which also checks these rows.
 */
export async function buildHeavyFreelancer(db: Db, entries: number): Promise<{ freelancerId: string; orders: number }> {
  const [freelancerId] = await createPeople(db, "heavy", 1);
  if (!freelancerId) throw new Error("no freelancer created");
  const clients = await createPeople(db, "heavy-client", 40);
  const count = Math.ceil(entries / 3);
  await createPendingOrders(
    db,
    "heavy",
    Array.from({ length: count }, (_, i) => ({ clientId: clients[i % clients.length] as string, freelancerId })),
  );
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        CREATE TEMP TABLE heavy ON COMMIT DROP AS
        SELECT o.id AS order_id, o."clientId" AS client_id, o."subtotalPaisa"::bigint AS subtotal,
               o."clientFeePaisa"::bigint AS client_fee, o."freelancerFeePaisa"::bigint AS fee, o."totalPaisa"::bigint AS total,
               now() - interval '730 days' + (row_number() OVER (ORDER BY o.id)) * (interval '720 days' / ${count}) AS funded_at
        FROM "Order" o WHERE o."freelancerId" = ${freelancerId}`;
      await tx.$executeRaw`
        INSERT INTO "LedgerAccount" (id, key, type, "ownerUserId", "ownerOrderId")
        SELECT 'acc-esc-' || order_id, 'order:' || order_id || ':ORDER_ESCROW', 'ORDER_ESCROW'::"LedgerAccountType", NULL::text, order_id FROM heavy
        UNION ALL SELECT 'acc-pend-' || ${freelancerId}, 'user:' || ${freelancerId} || ':FREELANCER_PENDING', 'FREELANCER_PENDING'::"LedgerAccountType", ${freelancerId}, NULL
        UNION ALL SELECT 'acc-avail-' || ${freelancerId}, 'user:' || ${freelancerId} || ':FREELANCER_AVAILABLE', 'FREELANCER_AVAILABLE'::"LedgerAccountType", ${freelancerId}, NULL
        ON CONFLICT (key) DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO "LedgerTransaction" (id, "idempotencyKey", kind, "createdById", "orderId", "clearsAt", "clearedAt", "createdAt")
        SELECT 'fund-' || order_id, 'order:' || order_id || ':fund', 'ESCROW_FUNDED'::"LedgerTransactionKind", client_id, order_id, NULL::timestamp, NULL::timestamp, funded_at FROM heavy
        UNION ALL SELECT 'rel-' || order_id, 'order:' || order_id || ':release:1', 'ESCROW_RELEASED'::"LedgerTransactionKind", client_id, order_id,
          funded_at + interval '11 days', funded_at + interval '11 days', funded_at + interval '4 days' FROM heavy
        UNION ALL SELECT 'clr-' || order_id, 'release:rel-' || order_id || ':clear', 'EARNINGS_CLEARED'::"LedgerTransactionKind", NULL::text, order_id, NULL, NULL,
          funded_at + interval '11 days' FROM heavy`;
      await tx.$executeRaw`
        INSERT INTO "LedgerEntry" (id, "transactionId", "accountId", "amountPaisa", "createdAt")
        SELECT e.id, e.tx, a.id, e.amount, e.at FROM (
          SELECT 'e1-' || order_id AS id, 'fund-' || order_id AS tx, 'user:' || client_id || ':CLIENT_BALANCE' AS key, -total AS amount, funded_at AS at FROM heavy
          UNION ALL SELECT 'e2-' || order_id, 'fund-' || order_id, 'order:' || order_id || ':ORDER_ESCROW', subtotal, funded_at FROM heavy
          UNION ALL SELECT 'e3-' || order_id, 'fund-' || order_id, 'platform:PLATFORM_REVENUE', client_fee, funded_at FROM heavy WHERE client_fee > 0
          UNION ALL SELECT 'e4-' || order_id, 'rel-' || order_id, 'order:' || order_id || ':ORDER_ESCROW', -subtotal, funded_at + interval '4 days' FROM heavy
          UNION ALL SELECT 'e5-' || order_id, 'rel-' || order_id, 'user:' || ${freelancerId} || ':FREELANCER_PENDING', subtotal - fee, funded_at + interval '4 days' FROM heavy
          UNION ALL SELECT 'e6-' || order_id, 'rel-' || order_id, 'platform:PLATFORM_REVENUE', fee, funded_at + interval '4 days' FROM heavy WHERE fee > 0
          UNION ALL SELECT 'e7-' || order_id, 'clr-' || order_id, 'user:' || ${freelancerId} || ':FREELANCER_PENDING', fee - subtotal, funded_at + interval '11 days' FROM heavy
          UNION ALL SELECT 'e8-' || order_id, 'clr-' || order_id, 'user:' || ${freelancerId} || ':FREELANCER_AVAILABLE', subtotal - fee, funded_at + interval '11 days' FROM heavy
        ) e JOIN "LedgerAccount" a ON a.key = e.key`;
      await tx.$executeRaw`
        UPDATE "Order" o SET status = 'COMPLETED'::"OrderStatus", "fundedAt" = h.funded_at, "completedAt" = h.funded_at + interval '4 days'
        FROM heavy h WHERE o.id = h.order_id`;
      // Cached balances as postTransaction keeps them: the sum of each customer account's entries
      // (platform and outside-world accounts keep no cache).
      await tx.$executeRaw`
        UPDATE "LedgerAccount" a SET "balancePaisa" = s.total
        FROM (SELECT "accountId", sum("amountPaisa")::bigint AS total FROM "LedgerEntry" GROUP BY "accountId") s
        WHERE a.id = s."accountId" AND a."balancePaisa" <> s.total
          AND a.type::text NOT IN (${Prisma.join(ENTRY_ONLY_TYPES)})`;
    },
    { timeout: 120_000 },
  );
  return { freelancerId, orders: count };
}
