import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { addDays, orderHref } from "../order-link.ts";

/** The client is told this long before a delivered order completes by itself. */
export const AUTO_COMPLETE_WARNING_DAYS = 1;

const DEFAULT_LIMIT = 100;

interface WarnedOrder {
  id: string;
  number: number;
  title: string;
  clientId: string;
  autoCompleteAt: Date;
}

/**
 * Tells the client of each delivered order that completes within a day that it will, once per
 * delivery (autoCompleteWarnedAt, cleared by every new delivery and revision request). The
 * claim skips rows another sweeper or a party holds, and the mark and the notification commit
 * together, so nobody is warned twice. An order already due is left to auto-completion, which
 * tells both parties itself. Returns how many clients were warned.
 */
export async function warnAutoComplete(db: Db, now: Date, options: { limit?: number } = {}): Promise<number> {
  const horizon = addDays(now, AUTO_COMPLETE_WARNING_DAYS);
  const limit = options.limit ?? DEFAULT_LIMIT;
  // A batch writes a notification per order; under load that takes longer than Prisma's 5 s default.
  return db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<WarnedOrder[]>`
      UPDATE "Order" SET "autoCompleteWarnedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "Order"
        WHERE status = 'DELIVERED' AND "autoCompleteWarnedAt" IS NULL AND "autoCompleteAt" > ${now} AND "autoCompleteAt" <= ${horizon}
        ORDER BY "autoCompleteAt", id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, number, title, "clientId", "autoCompleteAt"`;
      for (const order of due) {
        await notify(tx, {
          userId: order.clientId,
          kind: "order.autoCompleteSoon",
          data: { orderId: order.id, orderNumber: order.number, title: order.title, autoCompleteAt: order.autoCompleteAt.toISOString() },
          link: orderHref(order.id),
          dedupeKey: `order:${order.id}:autoCompleteSoon:${order.autoCompleteAt.toISOString()}`,
        });
      }
      return due.length;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
