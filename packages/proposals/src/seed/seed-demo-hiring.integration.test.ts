import { DEMO_LOGINS, seedDemo } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PROPOSAL_JOB_ID, seedDemoHiring } from "./seed-demo-hiring.ts";

describe.each(testDbKinds())("demo hiring seed on %s", (kind) => {
  const t = useTestDb(kind);

  beforeAll(async () => {
    await t.db.$transaction((tx) => seedDemo(tx, { passwordHash: "not-a-real-hash" }), { maxWait: 60_000, timeout: 300_000 });
  });

  it("makes the demo freelancer's proposal and custom offer once, told to the client as read and never e-mailed", async () => {
    expect(await seedDemoHiring(t.db)).toEqual({ proposals: 1, offers: 1, skipped: false });
    expect(await seedDemoHiring(t.db)).toEqual({ proposals: 0, offers: 0, skipped: false });
    const freelancer = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_LOGINS.freelancer }, select: { id: true } });
    const client = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_LOGINS.client }, select: { id: true } });
    expect(
      await t.db.proposal.findMany({
        where: { jobId: DEMO_PROPOSAL_JOB_ID },
        select: { freelancerId: true, bidPaisa: true, status: true },
      }),
    ).toEqual([{ freelancerId: freelancer.id, bidPaisa: 4_000_000, status: "SUBMITTED" }]);
    const offer = await t.db.offer.findFirstOrThrow({ where: { clientId: client.id }, select: { status: true, conversationId: true } });
    expect(offer.status).toBe("PENDING");
    expect(await t.db.message.count({ where: { conversationId: offer.conversationId ?? "", body: "chat:system.offerSent" } })).toBe(1);
    const told = await t.db.notification.findMany({
      where: { userId: client.id },
      select: { kind: true, readAt: true, emailStatus: true },
    });
    expect(told.map((n) => n.kind).sort()).toEqual(["offer.received", "proposal.received"]);
    expect(told.every((n) => n.readAt !== null && n.emailStatus === "SKIPPED")).toBe(true);
  });
});
