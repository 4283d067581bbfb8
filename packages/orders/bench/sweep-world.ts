import type { Db } from "@hunar/db/client";
import { createPerson, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { createTestGig } from "../src/checkout/checkout-fixtures.ts";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "../src/testing/order-fixtures.ts";

const HOUR = "interval '1 hour'";
const DAY = "interval '1 day'";
const TIERS = ["BASIC", "STANDARD", "PREMIUM"] as const;
const PARALLEL = 4;

/** Orders written by SQL carry this id prefix; no sweep in the run may change one. */
export const CLONE_PREFIX = "clone-";

export interface SweepWorld {
  world: OrderWorld;
  /** Eight freelancers' gigs, so due orders release into different accounts and bump different gigs. */
  gigIds: string[];
  /** Forty clients: due orders and clones spread over them. */
  clients: TestPerson[];
  /** A real paid order (IN_PROGRESS, escrow funded): the row every clone copies. */
  templateId: string;
}

/** The order world, seven more freelancers with a gig each, 39 more clients and the template order. */
export async function createSweepWorld(db: Db): Promise<SweepWorld> {
  const world = await createOrderWorld(db);
  const gigIds = [world.gigId];
  for (let i = 1; i < 8; i++) {
    const freelancer = await createPerson(db, `Freelancer ${i}`);
    gigIds.push(await createTestGig(db, { freelancer, categoryId: world.categoryId }));
  }
  const clients = [world.client];
  for (let i = 1; i < 40; i++) clients.push(await createPerson(db, `Client ${i}`));
  const template = await createPaidOrder(db, world);
  return { world, gigIds, clients, templateId: template.id };
}

/**
 * `count` orders through the real checkout and work functions (placed, paid from a wallet credited
 * with the total, delivered `deliveredDaysAgo` days ago, so auto-completion is overdue and the
 * escrow it releases is really there), over the eight gigs, forty clients and three tiers, a few
 * at a time. Returns their ids.
 */
export async function createDueOrders(db: Db, sweep: SweepWorld, count: number, deliveredDaysAgo = 4): Promise<string[]> {
  const deliveredAt = new Date(Date.now() - deliveredDaysAgo * 24 * 60 * 60 * 1000);
  const ids: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const order = await createDeliveredOrder(
        db,
        { ...sweep.world, gigId: sweep.gigIds[i % sweep.gigIds.length] as string },
        { client: sweep.clients[i % sweep.clients.length] as TestPerson, tier: TIERS[i % TIERS.length] ?? "BASIC", now: deliveredAt },
      );
      ids.push(order.id);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return ids;
}

export interface CloneGroup {
  /** Id prefix after CLONE_PREFIX. */
  name: string;
  count: number;
  status: "IN_PROGRESS" | "DELIVERED" | "COMPLETED";
  /**
   * SQL for the timer columns, in `s` (this row's place in the group, in (0, 1]) and `t0` (the
   * bench's clock); columns not named keep the template's value or are cleared (see cloneOrders).
   */
  set: Record<string, string>;
}

/**
 * The bench's open orders besides the due ones: a delivered share whose completion falls a day
 * and more after `t0` (two batches of `warnings` each fall into the warning window an hour and two
 * hours after `t0`, the rest only later), a completed share with the review window still open,
 * and the rest in progress with the deadline ahead.
 */
export function openOrderGroups(count: number, warnings: number): CloneGroup[] {
  const delivered = Math.round(count * 0.3) - 2 * warnings;
  const completed = Math.round(count * 0.2);
  const inProgress = count - 2 * warnings - delivered - completed;
  if (delivered < 0 || inProgress < 0) throw new Error(`too few open orders (${count}) for ${warnings} warnings an hour`);
  const deliveredBy = (autoCompleteAt: string) => ({
    autoCompleteAt,
    deliveredAt: `${autoCompleteAt} - 3 * ${DAY}`,
    dueAt: `${autoCompleteAt} - 2 * ${DAY}`,
    fundedAt: `${autoCompleteAt} - 6 * ${DAY}`,
    createdAt: `${autoCompleteAt} - 6 * ${DAY}`,
  });
  const completedBy = (reviewsCloseAt: string) => ({
    reviewsCloseAt,
    completedAt: `${reviewsCloseAt} - 10 * ${DAY}`,
    deliveredAt: `${reviewsCloseAt} - 11 * ${DAY}`,
    dueAt: `${reviewsCloseAt} - 10 * ${DAY}`,
    fundedAt: `${reviewsCloseAt} - 14 * ${DAY}`,
    createdAt: `${reviewsCloseAt} - 14 * ${DAY}`,
  });
  return [
    { name: "warn1-", count: warnings, status: "DELIVERED", set: deliveredBy(`t0 + ${DAY} + s * ${HOUR}`) },
    { name: "warn2-", count: warnings, status: "DELIVERED", set: deliveredBy(`t0 + ${DAY} + ${HOUR} + s * ${HOUR}`) },
    { name: "delivered-", count: delivered, status: "DELIVERED", set: deliveredBy(`t0 + ${DAY} + 2 * ${HOUR} + s * 46 * ${HOUR}`) },
    { name: "completed-", count: completed, status: "COMPLETED", set: completedBy(`t0 + 3 * ${HOUR} + s * 237 * ${HOUR}`) },
    {
      name: "progress-",
      count: inProgress,
      status: "IN_PROGRESS",
      set: { dueAt: `t0 + ${HOUR} + s * 7 * ${DAY}`, fundedAt: `t0 - s * 5 * ${DAY}`, createdAt: `t0 - s * 5 * ${DAY}` },
    },
  ];
}

/** Two years of completed orders whose review window closed (their reviews: addHistoryReviews). */
export function historyGroup(count: number): CloneGroup {
  const completedAt = `t0 - 11 * ${DAY} - s * 720 * ${DAY}`;
  return {
    name: "history-",
    count,
    status: "COMPLETED",
    set: {
      completedAt,
      reviewsCloseAt: `${completedAt} + 10 * ${DAY}`,
      deliveredAt: `${completedAt} - ${DAY}`,
      dueAt: `${completedAt}`,
      fundedAt: `${completedAt} - 4 * ${DAY}`,
      createdAt: `${completedAt} - 4 * ${DAY}`,
    },
  };
}

// Every timer column: those a group does not set are cleared, so a clone has only its own timers.
const TIMER_COLUMNS = ["dueAt", "deliveredAt", "autoCompleteAt", "autoCompleteWarnedAt", "completedAt", "reviewsCloseAt", "cancelledAt"];

/**
 * Copies of the template order in one INSERT … SELECT over generate_series per group: every
 * column as the template has it (read from the catalogue, so a new column is copied too), with a
 * new id and number, a client from the forty, and the group's status and timers relative to `t0`.
 * The copies have no ledger rows, deliveries or events: the sweeps in this run are timed so that
 * none of them is due, and the bench checks afterwards that none changed (an order the sweep did
 * complete would fail on its missing escrow instead of passing unnoticed).
 */
export async function cloneOrders(db: Db, sweep: SweepWorld, t0: Date, groups: CloneGroup[]): Promise<void> {
  const columns = (
    await db.$queryRaw<{ name: string }[]>`
      SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'Order' AND column_name <> 'number'
      ORDER BY ordinal_position`
  ).map((c) => c.name);
  for (const group of groups) {
    if (group.count === 0) continue;
    const value = (column: string): string => {
      if (column === "id") return `$4 || g`;
      if (column === "clientId") return `($3::text[])[1 + g % cardinality($3::text[])]`;
      if (column === "status") return `'${group.status}'::"OrderStatus"`;
      const set = group.set[column];
      if (set) return set;
      if (TIMER_COLUMNS.includes(column)) return "NULL";
      return `t."${column}"`;
    };
    await db.$executeRawUnsafe(
      `INSERT INTO "Order" (${columns.map((c) => `"${c}"`).join(", ")})
       SELECT ${columns.map(value).join(", ")}
       FROM "Order" t, generate_series(0, $2::int - 1) g,
         LATERAL (SELECT ($5::timestamptz AT TIME ZONE 'UTC') AS t0, (g + 1)::float8 / $2::int AS s) x
       WHERE t.id = $1`,
      sweep.templateId,
      group.count,
      sweep.clients.map((c) => c.userId),
      `${CLONE_PREFIX}${group.name}`,
      t0.toISOString(),
    );
  }
}

/**
 * The reviews of the history orders, all revealed long ago, written in SQL as submitReview and the
 * reveal leave them: on two in five orders both parties reviewed (revealed on the second review,
 * two days after completion), on one in five only the client (revealed when the window closed),
 * on the rest nobody. No sweep may touch them: none is hidden.
 */
export async function addHistoryReviews(db: Db): Promise<number> {
  const prefix = `${CLONE_PREFIX}history-`;
  return db.$executeRaw`
    INSERT INTO "Review" (id, "orderId", "authorId", "subjectId", "gigId", "subjectRole", rating, communication, quality, "onTime",
      comment, "packageTier", "revealedAt", "createdAt")
    SELECT 'review-c-' || o.id, o.id, o."clientId", o."freelancerId", o."gigId", 'FREELANCER'::"ReviewSubjectRole", 4 + o.number % 2, 5, 4, 5,
      'Clear, quick and friendly.', o."packageTier",
      CASE WHEN o.number % 5 < 2 THEN o."completedAt" + interval '2 days' ELSE o."reviewsCloseAt" END, o."completedAt" + interval '1 day'
    FROM "Order" o WHERE starts_with(o.id, ${prefix}) AND o.number % 5 < 3
    UNION ALL
    SELECT 'review-f-' || o.id, o.id, o."freelancerId", o."clientId", NULL, 'CLIENT'::"ReviewSubjectRole", 5, NULL, NULL, NULL,
      'Answered every question at once.', NULL, o."completedAt" + interval '2 days', o."completedAt" + interval '2 days'
    FROM "Order" o WHERE starts_with(o.id, ${prefix}) AND o.number % 5 < 2`;
}
