import { seedDemo } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { seedDemoOrders } from "@hunar/orders/seed/seed-demo-orders";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_DISPUTED_ORDER_ID, seedDemoDisputes } from "./seed-demo-disputes.ts";

describe.each(testDbKinds())("demo dispute seed on %s", (kind) => {
  const t = useTestDb(kind);

  beforeAll(async () => {
    await t.db.$transaction((tx) => seedDemo(tx, { passwordHash: "not-a-real-hash" }), { maxWait: 60_000, timeout: 300_000 });
    await seedDemoOrders(t.db);
  });

  it("disputes the demo website order once, answered, its notifications read and never e-mailed", async () => {
    expect(await seedDemoDisputes(t.db)).toEqual({ disputes: 1, skipped: false });
    expect(await seedDemoDisputes(t.db)).toEqual({ disputes: 0, skipped: false });
    const dispute = await t.db.dispute.findFirstOrThrow({ where: { orderId: DEMO_DISPUTED_ORDER_ID } });
    expect(dispute).toMatchObject({ status: "UNDER_REVIEW", reason: "UNRESPONSIVE" });
    expect(await t.db.disputeEvidence.count({ where: { disputeId: dispute.id } })).toBe(2);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: DEMO_DISPUTED_ORDER_ID } })).status).toBe("DISPUTED");
    const told = await t.db.notification.findMany({
      where: { kind: { startsWith: "dispute." } },
      select: { readAt: true, emailStatus: true },
    });
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((n) => n.readAt !== null && n.emailStatus === "SKIPPED")).toBe(true);
  });
});
