import type { Db, Tx } from "@hunar/db/types";
import { DEMO_EMAIL_DOMAIN } from "@hunar/db/seed";
import { clearRelease } from "@hunar/payments/escrow/clear-due-earnings";
import { orderHref } from "../order-link.ts";
import { startPaidOrder } from "../start-paid-order.ts";
import { releaseEscrow } from "@hunar/payments/escrow/release-escrow";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { postTransaction } from "@hunar/payments/ledger/post-transaction";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { DEMO_CLIENT_SPARE_PAISA, DEMO_LEDGER_ORDERS, type DemoLedgerOrder } from "./demo-orders-plan.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeedDemoOrdersResult {
  orders: number;
  skipped: boolean;
}

/**
 * Real money history for the demo marketplace, made by the real ledger functions with the dates
 * passed explicitly (see demo-orders-plan.ts). Idempotent: each order is created, paid for,
 * released and cleared in one transaction under a stable id, and skipped when it exists; the
 * client's spare credit has a stable key. Skipped entirely when the demo people are not there.
 */
export async function seedDemoOrders(db: Db, options: { now?: Date; emailDomain?: string } = {}): Promise<SeedDemoOrdersResult> {
  const now = options.now ?? new Date();
  const domain = options.emailDomain ?? DEMO_EMAIL_DOMAIN;
  const handles = [...new Set(DEMO_LEDGER_ORDERS.map((o) => o.client))];
  const people = await db.user.findMany({
    where: { email: { in: handles.map((h) => `${h}@${domain}`) } },
    select: { id: true, email: true },
  });
  const idOf = new Map(people.map((p) => [p.email.split("@")[0] ?? "", p.id]));
  if (handles.some((h) => !idOf.has(h))) return { orders: 0, skipped: true };

  let created = 0;
  for (const plan of DEMO_LEDGER_ORDERS) {
    const id = `demo-ledger-order-${plan.key}`;
    if (await db.order.findUnique({ where: { id }, select: { id: true } })) continue;
    await withMoneyTransaction(db, (tx) => seedOrder(tx, id, plan, idOf.get(plan.client) as string, now), { timeout: 60_000 });
    created += 1;
  }
  const clientId = idOf.get("saad.rehman");
  if (clientId) {
    await withMoneyTransaction(db, (tx) =>
      postTransaction(tx, {
        idempotencyKey: `demo-funding:${clientId}:spare`,
        kind: "FUNDING_CONFIRMED",
        lines: [
          { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -DEMO_CLIENT_SPARE_PAISA },
          { account: { type: "CLIENT_BALANCE", userId: clientId }, amountPaisa: DEMO_CLIENT_SPARE_PAISA },
        ],
        memo: "Demo bank transfer",
        postedAt: new Date(now.getTime() - DAY_MS),
      }),
    );
  }
  return { orders: created, skipped: false };
}

async function seedOrder(tx: Tx, id: string, plan: DemoLedgerOrder, clientId: string, now: Date): Promise<void> {
  const fundedAt = new Date(now.getTime() - plan.fundedDaysAgo * DAY_MS);
  const schedule = await getFeeScheduleInForce(tx, fundedAt);
  const gig = await tx.gig.findUniqueOrThrow({
    where: { slug: plan.gigSlug },
    select: { id: true, freelancerId: true, titleUr: true, titleEn: true, packages: { where: { tier: plan.tier } } },
  });
  const pkg = gig.packages[0];
  if (!pkg) throw new Error(`demo gig ${plan.gigSlug} has no ${plan.tier} package`);
  const client = await tx.user.findUniqueOrThrow({ where: { id: clientId }, select: { preferredLocale: true } });
  const fees = calculateFees(pkg.pricePaisa, schedule);
  await tx.order.create({
    data: {
      id,
      source: "GIG",
      clientId,
      freelancerId: gig.freelancerId,
      gigId: gig.id,
      gigPackageId: pkg.id,
      packageTier: plan.tier,
      title: (client.preferredLocale === "ur" ? gig.titleUr : gig.titleEn) ?? gig.titleEn ?? gig.titleUr ?? plan.gigSlug,
      subtotalPaisa: fees.subtotalPaisa,
      clientFeePaisa: fees.clientFeePaisa,
      freelancerFeePaisa: fees.freelancerFeePaisa,
      totalPaisa: fees.totalPaisa,
      feeScheduleId: schedule.id,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
      deliveryDays: pkg.deliveryDays,
      revisionsAllowed: pkg.revisions,
      createdAt: new Date(fundedAt.getTime() - 60 * 60 * 1000),
    },
  });
  // The client's bank transfer for this order, confirmed an hour before they paid.
  await postTransaction(tx, {
    idempotencyKey: `demo-funding:${id}`,
    kind: "FUNDING_CONFIRMED",
    lines: [
      { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -BigInt(fees.totalPaisa) },
      { account: { type: "CLIENT_BALANCE", userId: clientId }, amountPaisa: BigInt(fees.totalPaisa) },
    ],
    memo: "Demo bank transfer",
    postedAt: new Date(fundedAt.getTime() - 30 * 60 * 1000),
  });
  await startPaidOrder(tx, { orderId: id, actorId: clientId, now: fundedAt });
  // The notification payment wrote is history, not news: read on the day, never pushed or
  // e-mailed (demo addresses are not real, and a fresh demo must not mail anyone at start).
  await tx.notification.updateMany({
    where: { link: orderHref(id) },
    data: { createdAt: fundedAt, readAt: fundedAt, deliveredAt: now, emailStatus: "SKIPPED" },
  });
  if (plan.releasedAfterDays === null) return;

  const releasedAt = new Date(fundedAt.getTime() + plan.releasedAfterDays * DAY_MS);
  const release = await releaseEscrow(tx, { orderId: id, actorId: clientId, now: releasedAt });
  await tx.order.update({
    where: { id },
    data: { status: "COMPLETED", deliveredAt: new Date(releasedAt.getTime() - DAY_MS), completedAt: releasedAt },
  });
  if (release.clearsAt && release.clearsAt <= now) await clearRelease(tx, release.transactionId, release.clearsAt);
}
