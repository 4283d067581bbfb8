import { createSession } from "@hunar/auth/session";
import { testDbKinds } from "@hunar/db/testing";
import { createTestGig, createTestOrder, createTestUser } from "@hunar/db/testing/factories";
import { refusal } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { ADMIN_USER_LIST_CAP, getAdminUserPage } from "./admin-user-page.ts";

describe.each(testDbKinds())("the admin's user page on %s", (kind) => {
  const t = useTestDb(kind);

  it("gathers the person's orders on both sides, gigs, reports, payouts and sessions, newest first and capped", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, "Ayesha Khan", { intent: "BOTH" });
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const { gigId } = await createTestGig(t.db, person.userId, { status: "PENDING_REVIEW" });
    const sold = await createTestOrder(t.db, { clientId: client.userId, freelancerId: person.userId, gigId, status: "IN_PROGRESS" });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    for (let i = 0; i < ADMIN_USER_LIST_CAP + 2; i++) {
      await createTestOrder(t.db, { clientId: person.userId, freelancerId: freelancer.userId, title: `Bought ${i}`, at: at(100 - i) });
    }
    await t.db.report.createMany({
      data: [
        { reporterId: client.userId, targetType: "GIG", targetId: gigId, reason: "COPYRIGHT", details: "Copied from my portfolio" },
        { reporterId: client.userId, targetType: "USER", targetId: person.userId, reason: "SCAM" },
        { reporterId: person.userId, targetType: "USER", targetId: freelancer.userId, reason: "SPAM" },
        // About someone else: on nobody's page here.
        { reporterId: client.userId, targetType: "USER", targetId: freelancer.userId, reason: "OFFENSIVE" },
      ],
    });
    const method = await t.db.payoutMethod.create({
      data: { userId: person.userId, rail: "JAZZCASH", accountTitle: "Ayesha Khan", accountNumber: "03001234567" },
    });
    await t.db.payoutRequest.create({
      data: {
        userId: person.userId,
        payoutMethodId: method.id,
        amountPaisa: 250_000n,
        rail: "JAZZCASH",
        accountTitle: "Ayesha Khan",
        accountNumber: "03001234567",
      },
    });
    const session = await createSession(t.db, person.userId, { ip: "198.51.100.8", userAgent: "Chrome/126" });

    const page = await getAdminUserPage(t.db, { userId: admin.userId }, { userId: person.userId });
    expect(page.account).toMatchObject({ id: person.userId, displayName: "Ayesha Khan", intent: "BOTH" });
    expect(page.cap).toBe(ADMIN_USER_LIST_CAP);
    expect(page.ordersAsClient.total).toBe(ADMIN_USER_LIST_CAP + 2);
    expect(page.ordersAsClient.items).toHaveLength(ADMIN_USER_LIST_CAP);
    expect(page.ordersAsClient.items[0]).toMatchObject({
      title: `Bought ${ADMIN_USER_LIST_CAP + 1}`,
      freelancer: { displayName: "Bilal Ahmed" },
    });
    expect(page.ordersAsFreelancer).toEqual({
      total: 1,
      items: [
        expect.objectContaining({
          id: sold.id,
          status: "IN_PROGRESS",
          totalPaisa: sold.totalPaisa,
          client: { id: client.userId, displayName: "Sana Malik" },
        }),
      ],
    });
    expect(page.gigs).toEqual({ total: 1, items: [expect.objectContaining({ id: gigId, status: "PENDING_REVIEW" })] });
    expect(page.reportsAbout.total).toBe(2);
    expect(page.reportsAbout.items.map((report) => [report.targetType, report.reason]).sort()).toEqual([
      ["GIG", "COPYRIGHT"],
      ["USER", "SCAM"],
    ]);
    expect(page.reportsMade).toEqual({
      total: 1,
      items: [expect.objectContaining({ targetType: "USER", targetId: freelancer.userId, reason: "SPAM" })],
    });
    expect(page.payouts).toEqual({
      total: 1,
      items: [expect.objectContaining({ amountPaisa: 250_000n, status: "REQUESTED", rail: "JAZZCASH" })],
    });
    expect(page.sessions.total).toBe(1);
    expect(page.sessions.items).toEqual([
      { createdAt: session.session.createdAt, expiresAt: session.session.expiresAt, ip: "198.51.100.8", userAgent: "Chrome/126" },
    ]);
    const text = JSON.stringify(page, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    expect(text).not.toContain(session.token);
    expect(text).not.toContain(session.session.id);
    expect(text).not.toContain("03001234567");
  });

  it("is for admins only, and an unknown account is not found", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, "Sana Malik");
    expect(await refusal(getAdminUserPage(t.db, { userId: person.userId }, { userId: admin.userId }))).toEqual({
      code: "FORBIDDEN",
      messageKey: "errors:forbidden",
    });
    expect(await refusal(getAdminUserPage(t.db, { userId: admin.userId }, { userId: "no-such-user" }))).toEqual({
      code: "NOT_FOUND",
      messageKey: "errors:notFound",
    });
    expect(await refusal(getAdminUserPage(t.db, { userId: admin.userId }, { userId: "" }))).toMatchObject({ code: "BAD_INPUT" });
  });
});
