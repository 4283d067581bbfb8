import { describe, expect, it } from "vitest";
import { createTestConversation, createTestFreelancer, createTestGig, createTestOrder, createTestUser } from "./factories.ts";
import { testDbKinds } from "./test-db.ts";
import { useTestDb } from "./use-test-db.ts";

describe.each(testDbKinds())("test factories on %s", (kind) => {
  const t = useTestDb(kind);

  it("make distinct people, suspended or with a profile when asked", async () => {
    const [a, b] = [await createTestUser(t.db, "Saad Rehman"), await createTestUser(t.db, "Saad Rehman", { suspended: true })];
    expect(a.email).not.toBe(b.email);
    const rows = await t.db.user.findMany({ where: { id: { in: [a.userId, b.userId] } }, select: { id: true, suspendedAt: true } });
    expect(rows.find((row) => row.id === b.userId)?.suspendedAt).toBeInstanceOf(Date);
    expect(rows.find((row) => row.id === a.userId)?.suspendedAt).toBeNull();
    const freelancer = await createTestFreelancer(t.db, "Ayesha Khan", { profile: { city: "Karachi" } });
    expect(await t.db.profile.findUniqueOrThrow({ where: { userId: freelancer.userId } })).toMatchObject({ city: "Karachi" });
  });

  it("make a published gig with its packages, or a draft", async () => {
    const freelancer = await createTestFreelancer(t.db);
    const { gigId } = await createTestGig(t.db, freelancer.userId, { tiers: ["BASIC", "PREMIUM"] });
    const gig = await t.db.gig.findUniqueOrThrow({ where: { id: gigId }, include: { packages: true } });
    expect(gig).toMatchObject({ status: "PUBLISHED", startingPricePaisa: 500_000 });
    expect(gig.packages.map((p) => [p.tier, p.revisions])).toEqual(
      expect.arrayContaining([
        ["BASIC", 1],
        ["PREMIUM", null],
      ]),
    );
    const draft = await createTestGig(t.db, freelancer.userId, { status: "DRAFT" });
    expect((await t.db.gig.findUniqueOrThrow({ where: { id: draft.gigId } })).publishedAt).toBeNull();
  });

  it("make orders in the state asked for, with the dates that state implies", async () => {
    const client = await createTestUser(t.db);
    const freelancer = await createTestFreelancer(t.db);
    const parties = { clientId: client.userId, freelancerId: freelancer.userId };
    const waiting = await t.db.order.findUniqueOrThrow({ where: { id: (await createTestOrder(t.db, parties)).id } });
    expect(waiting).toMatchObject({ status: "PENDING_PAYMENT", fundedAt: null, dueAt: null, totalPaisa: 510_000 });
    const delivered = await t.db.order.findUniqueOrThrow({
      where: { id: (await createTestOrder(t.db, { ...parties, status: "DELIVERED" })).id },
    });
    expect(delivered.fundedAt).toBeInstanceOf(Date);
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    expect(delivered.dueAt!.getTime() - delivered.fundedAt!.getTime()).toBe(3 * 24 * 60 * 60 * 1000);
  });

  it("make one conversation per pair, whichever way round", async () => {
    const [a, b] = [await createTestUser(t.db), await createTestUser(t.db)];
    await createTestConversation(t.db, b.userId, a.userId);
    await expect(createTestConversation(t.db, a.userId, b.userId)).rejects.toThrow();
    expect(await t.db.conversationParticipant.count({ where: { userId: { in: [a.userId, b.userId] } } })).toBe(2);
  });
});
