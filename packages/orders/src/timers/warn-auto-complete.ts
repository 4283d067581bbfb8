import { Prisma, type Db, type Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { addDays, orderHref } from "../order-link.ts";

/** The client is told this long before a delivered order completes by itself. */
export const AUTO_COMPLETE_WARNING_DAYS = 1;

const DEFAULT_LIMIT = 100;

const MORE_TO_COME = Prisma.sql`EXISTS (
  SELECT 1 FROM "Milestone" later WHERE later."orderId" = m."orderId" AND later.status = 'PENDING' AND later.position > m.position
)`;

interface WarnedOrder {
  id: string;
  number: number;
  title: string;
  clientId: string;
  autoCompleteAt: Date;
  /** The contract's delivered milestone when more of the contract follows it; null for a whole order or the last milestone. */
  milestonePosition: number | null;
  milestoneTitle: string | null;
}

/**
 * Tells the client of each delivered order that completes within a day that it will, once per
 * delivery (autoCompleteWarnedAt, cleared by every new delivery and revision request). The
 * claim skips rows another sweeper or a party holds, and the mark and the notification commit
 * together, so nobody is warned twice. An order already due is left to auto-completion, which
 * tells both parties itself. A contract's milestone with more to come is only accepted, not the
 * order completed, so its client is told that instead. Returns how many clients were warned.
 */
export async function warnAutoComplete(db: Db, now: Date, options: { limit?: number } = {}): Promise<number> {
  const horizon = addDays(now, AUTO_COMPLETE_WARNING_DAYS);
  const limit = options.limit ?? DEFAULT_LIMIT;
  // A batch writes a notification per order; under load that takes longer than Prisma's 5 s default.
  return db.$transaction(
    async (tx) => {
      // The delivered milestone is read in the same statement; "more to come" is a milestone not
      // paid yet after it, as the contract's stage counts it.
      const due = await tx.$queryRaw<WarnedOrder[]>`
      UPDATE "Order" AS o SET "autoCompleteWarnedAt" = ${now}
      WHERE o.id IN (
        SELECT id FROM "Order"
        WHERE status = 'DELIVERED' AND "autoCompleteWarnedAt" IS NULL AND "autoCompleteAt" > ${now} AND "autoCompleteAt" <= ${horizon}
        ORDER BY "autoCompleteAt", id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING o.id, o.number, o.title, o."clientId", o."autoCompleteAt",
        (SELECT m.position FROM "Milestone" m WHERE m."orderId" = o.id AND m.status = 'DELIVERED' AND ${MORE_TO_COME}) AS "milestonePosition",
        (SELECT m.title FROM "Milestone" m WHERE m."orderId" = o.id AND m.status = 'DELIVERED' AND ${MORE_TO_COME}) AS "milestoneTitle"`;
      for (const order of due) await warn(tx, order);
      return due.length;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

function warn(tx: Tx, order: WarnedOrder) {
  const base = { orderId: order.id, orderNumber: order.number, title: order.title, autoCompleteAt: order.autoCompleteAt.toISOString() };
  if (order.milestonePosition !== null && order.milestoneTitle !== null) {
    return notify(tx, {
      userId: order.clientId,
      kind: "order.milestoneAutoAcceptSoon",
      data: { ...base, position: order.milestonePosition, milestoneTitle: order.milestoneTitle },
      link: orderHref(order.id),
      dedupeKey: `order:${order.id}:milestone:${order.milestonePosition}:autoAcceptSoon:${base.autoCompleteAt}`,
    });
  }
  return notify(tx, {
    userId: order.clientId,
    kind: "order.autoCompleteSoon",
    data: base,
    link: orderHref(order.id),
    dedupeKey: `order:${order.id}:autoCompleteSoon:${base.autoCompleteAt}`,
  });
}
