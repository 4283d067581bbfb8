import type { Db } from "@hunar/db/client";
import { CLONE_PREFIX, type CloneGroup } from "./sweep-world.ts";

/** One correctness check: how many things went wrong, which must be `expected` (usually 0). */
export interface Check {
  name: string;
  value: number;
  expected: number;
}

export const check = (name: string, value: number, expected = 0): Check => ({ name, value, expected });

/** Prints each check; true when all hold. */
export function printChecks(title: string, checks: Check[]): boolean {
  console.log(`\n${title}`);
  const width = Math.max(...checks.map((c) => c.name.length));
  for (const c of checks) {
    const verdict = c.value === c.expected ? "" : `   FAILED (expected ${c.expected.toLocaleString("en")})`;
    console.log(`  ${`${c.name}:`.padEnd(width + 1)} ${c.value.toLocaleString("en")}${verdict}`);
  }
  return checks.every((c) => c.value === c.expected);
}

/**
 * What auto-completion must have left for each of these orders: COMPLETED, one ESCROW_RELEASED
 * transaction, one autoCompleted event, one notification for each party and an empty escrow.
 */
export async function checkAutoCompleted(db: Db, label: string, ids: string[]): Promise<Check[]> {
  const [row] = await db.$queryRaw<
    {
      found: number;
      notCompleted: number;
      releasedTwice: number;
      neverReleased: number;
      events: number;
      notes: number;
      escrowLeft: number;
    }[]
  >`
    WITH o AS (SELECT id, status::text AS status FROM "Order" WHERE id = ANY(${ids}::text[])),
    released AS (
      SELECT "orderId" AS id, count(*) AS n FROM "LedgerTransaction"
      WHERE kind = 'ESCROW_RELEASED' AND "orderId" = ANY(${ids}::text[]) GROUP BY 1),
    events AS (SELECT "orderId" AS id, count(*) AS n FROM "OrderEvent" WHERE kind = 'autoCompleted' AND "orderId" = ANY(${ids}::text[]) GROUP BY 1),
    notes AS (
      SELECT data->>'orderId' AS id, count(*) AS n, count(DISTINCT "userId") AS users FROM "Notification"
      WHERE kind = 'order.autoCompleted' GROUP BY 1),
    escrow AS (
      SELECT a."ownerOrderId" AS id, sum(e."amountPaisa") AS balance
      FROM "LedgerAccount" a JOIN "LedgerEntry" e ON e."accountId" = a.id
      WHERE a.type = 'ORDER_ESCROW' AND a."ownerOrderId" = ANY(${ids}::text[]) GROUP BY 1)
    SELECT count(*)::int AS found,
      (count(*) FILTER (WHERE o.status <> 'COMPLETED'))::int AS "notCompleted",
      (count(*) FILTER (WHERE coalesce(released.n, 0) > 1))::int AS "releasedTwice",
      (count(*) FILTER (WHERE coalesce(released.n, 0) = 0))::int AS "neverReleased",
      (count(*) FILTER (WHERE coalesce(events.n, 0) <> 1))::int AS events,
      (count(*) FILTER (WHERE coalesce(notes.n, 0) <> 2 OR coalesce(notes.users, 0) <> 2))::int AS notes,
      (count(*) FILTER (WHERE coalesce(escrow.balance, 0) <> 0))::int AS "escrowLeft"
    FROM o LEFT JOIN released USING (id) LEFT JOIN events USING (id) LEFT JOIN notes USING (id) LEFT JOIN escrow USING (id)`;
  if (!row) throw new Error("no check row");
  return [
    check(`${label}: orders found`, row.found, ids.length),
    check(`${label}: not COMPLETED`, row.notCompleted),
    check(`${label}: acted twice (more than one ESCROW_RELEASED)`, row.releasedTwice),
    check(`${label}: never released`, row.neverReleased),
    check(`${label}: autoCompleted events other than one`, row.events),
    check(`${label}: autoCompleted notifications other than one per party`, row.notes),
    check(`${label}: escrow not emptied`, row.escrowLeft),
  ];
}

/**
 * The clones after every sweep: each still in its group's status, warned only if its group fell
 * into a warning window (then with exactly one notification), and no ledger row or event written
 * for any of them.
 */
export async function checkClones(db: Db, groups: CloneGroup[], warnedGroups: string[]): Promise<Check[]> {
  let changed = 0;
  for (const group of groups) {
    changed += await db.order.count({ where: { id: { startsWith: `${CLONE_PREFIX}${group.name}` }, status: { not: group.status } } });
  }
  const warned = warnedGroups.map((name) => `${CLONE_PREFIX}${name}%`);
  const [row] = await db.$queryRaw<{ wrongWarned: number; unwarned: number; notes: number; postings: number; events: number }[]>`
    WITH notes AS (
      SELECT data->>'orderId' AS id, count(*) AS n FROM "Notification" WHERE kind = 'order.autoCompleteSoon' GROUP BY 1)
    SELECT
      (count(*) FILTER (WHERE o."autoCompleteWarnedAt" IS NOT NULL AND NOT o.id LIKE ANY(${warned}::text[])))::int AS "wrongWarned",
      (count(*) FILTER (WHERE o."autoCompleteWarnedAt" IS NULL AND o.id LIKE ANY(${warned}::text[])))::int AS unwarned,
      (count(*) FILTER (WHERE o.id LIKE ANY(${warned}::text[]) AND coalesce(notes.n, 0) <> 1))::int AS notes,
      (SELECT count(*) FROM "LedgerTransaction" WHERE starts_with("orderId", ${CLONE_PREFIX}))::int AS postings,
      (SELECT count(*) FROM "OrderEvent" WHERE starts_with("orderId", ${CLONE_PREFIX}))::int AS events
    FROM "Order" o LEFT JOIN notes USING (id)
    WHERE starts_with(o.id, ${CLONE_PREFIX})`;
  if (!row) throw new Error("no check row");
  return [
    check("clones whose status changed", changed),
    check("clones warned outside their window", row.wrongWarned),
    check("clones in a window not warned", row.unwarned),
    check("warned clones without exactly one warning", row.notes),
    check("ledger transactions of clones", row.postings),
    check("order events of clones", row.events),
  ];
}
