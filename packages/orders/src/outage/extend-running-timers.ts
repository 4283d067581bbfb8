import type { Tx } from "@hunar/db/types";
import { AUTO_COMPLETE_WARNING_DAYS } from "../timers/warn-auto-complete.ts";

export interface TimerExtension {
  outageId: string;
  hours: number;
  reason: string;
  /** Timers running at or after this moment are moved; ones that had run out before are not. */
  startedAt: Date;
  actorId: string;
  now: Date;
}

/**
 * Pushes back every running timer by the outage's hours in one statement, however many orders are
 * open: in-progress orders' due dates and delivered orders' auto-completion, each with an
 * `outageGrace` event on its timeline (the rows recordOrderEvent would write; no chat message,
 * the order page shows the event). A contract's funded milestone keeps its own due date, which
 * must stay the order's, so it moves with it. A warning about auto-completion that now comes too early is
 * forgotten so the timer sends it again at the new time. Returns how many orders moved.
 */
export async function extendRunningTimers(tx: Tx, outage: TimerExtension): Promise<number> {
  const shift = `${outage.hours} hours`;
  const data = JSON.stringify({ outageId: outage.outageId, hours: outage.hours, reason: outage.reason });
  const [row] = await tx.$queryRaw<{ moved: number }[]>`
    WITH moved AS (
      UPDATE "Order" SET
        "dueAt" = CASE WHEN status = 'IN_PROGRESS' THEN "dueAt" + ${shift}::interval ELSE "dueAt" END,
        "autoCompleteAt" = CASE WHEN status = 'DELIVERED' THEN "autoCompleteAt" + ${shift}::interval ELSE "autoCompleteAt" END,
        "autoCompleteWarnedAt" = CASE
          WHEN status = 'DELIVERED'
            AND "autoCompleteAt" + ${shift}::interval - make_interval(days => ${AUTO_COMPLETE_WARNING_DAYS}::int) > ${outage.now}
          THEN NULL ELSE "autoCompleteWarnedAt" END,
        "updatedAt" = ${outage.now}
      WHERE (status = 'IN_PROGRESS' AND "dueAt" >= ${outage.startedAt})
         OR (status = 'DELIVERED' AND "autoCompleteAt" >= ${outage.startedAt})
      RETURNING id, status
    ), milestones AS (
      UPDATE "Milestone" SET "dueAt" = "dueAt" + ${shift}::interval
      WHERE status = 'FUNDED' AND "orderId" IN (SELECT id FROM moved WHERE status = 'IN_PROGRESS')
      RETURNING id
    ), events AS (
      INSERT INTO "OrderEvent" (id, "orderId", kind, "actorId", data, "createdAt")
      SELECT gen_random_uuid()::text, moved.id, 'outageGrace', ${outage.actorId}, ${data}::jsonb, ${outage.now}
      FROM moved
      RETURNING "orderId"
    )
    SELECT count(*)::int AS moved FROM events`;
  return row?.moved ?? 0;
}
