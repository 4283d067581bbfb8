import { DEMO_LOGINS } from "@hunar/db/seed";
import type { Db } from "@hunar/db/types";
import { openDispute } from "../open-dispute.ts";
import { postToDispute } from "../post-to-dispute.ts";

/** The demo order disputed: the demo client's website order, funded and in progress (demo-orders-plan.ts, key 9). */
export const DEMO_DISPUTED_ORDER_ID = "demo-ledger-order-9";

export interface SeedDemoDisputesResult {
  disputes: number;
  skipped: boolean;
}

/**
 * A dispute in the demo marketplace, made by the real functions, so the admin queue, the dispute
 * pages and the order's frozen state have something to show: the demo client says the website is
 * late and unanswered, the freelancer answers. Notifications it writes are marked read and never
 * e-mailed (demo people have no real inboxes). Made once: skipped when the order is not in
 * progress any more or already has a dispute, or without the demo people.
 */
export async function seedDemoDisputes(db: Db, now = new Date()): Promise<SeedDemoDisputesResult> {
  const order = await db.order.findUnique({
    where: { id: DEMO_DISPUTED_ORDER_ID },
    select: { id: true, status: true, clientId: true, freelancerId: true, client: { select: { email: true } } },
  });
  if (!order || order.client.email !== DEMO_LOGINS.client) return { disputes: 0, skipped: true };
  if (order.status !== "IN_PROGRESS" || (await db.dispute.findFirst({ where: { orderId: order.id }, select: { id: true } }))) {
    return { disputes: 0, skipped: false };
  }
  const { disputeId } = await openDispute(
    db,
    { userId: order.clientId },
    {
      orderId: order.id,
      reason: "UNRESPONSIVE",
      description:
        "ویب سائٹ کا پہلا ڈیزائن دو دن پہلے آنا تھا، لیکن ابھی تک کچھ نہیں ملا اور پیغامات کا جواب بھی نہیں آیا۔ براہِ کرم رقم واپس کی جائے یا کام جلد مکمل ہو۔",
    },
    now,
  );
  await postToDispute(
    db,
    { userId: order.freelancerId },
    {
      disputeId,
      statement:
        "I was ill for three days and told the client in the chat. The first design is ready and I can deliver it today; I would rather finish the work than cancel.",
    },
    now,
  );
  await db.notification.updateMany({
    where: { dedupeKey: { startsWith: `dispute:${disputeId}:` } },
    data: { readAt: now, deliveredAt: now, emailStatus: "SKIPPED" },
  });
  return { disputes: 1, skipped: false };
}
