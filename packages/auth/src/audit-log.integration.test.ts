import { describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditLog } from "./audit-log.ts";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { refusalWithFields } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";

describe.each(testDbKinds())("the audit log on %s", (kind) => {
  const t = useTestDb(kind);

  it("is append-only in the database itself: updates, deletes and truncation are refused and nothing changes", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const entry = await t.db.auditLog.create({
      data: { actorId: admin.userId, action: "gig.reject", targetType: "Gig", targetId: "g1", reason: "Copied images" },
    });
    await expect(t.db.auditLog.update({ where: { id: entry.id }, data: { reason: "Nothing happened" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    // Removing the admin would null the actor: that is a change of the log too.
    await expect(t.db.user.delete({ where: { id: admin.userId } })).rejects.toThrow(/append-only/);
    expect(await t.db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("filters by admin, kind (exact or a family) and target, newest first, in keyset pages", async () => {
    const nadia = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const omar = await createTestUser(t.db, "Omar Admin", { isAdmin: true });
    // Later than anything else in this database, so the first pages are these rows.
    const start = Date.parse("2099-11-01T09:00:00Z");
    const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      actorId: i % 2 === 0 ? nadia.userId : omar.userId,
      action: i % 3 === 0 ? "gig.reject" : i % 3 === 1 ? "gig.report.dismiss" : "payout.pay",
      targetType: i % 3 === 2 ? "PayoutRequest" : "Gig",
      targetId: `t${i}`,
      reason: `reason ${i}`,
      data: { before: { status: "PENDING" }, after: { status: "DONE" } },
      createdAt: new Date(start + i * 60_000),
    }));
    await t.db.auditLog.createMany({ data: rows });

    const first = await listAuditLog(t.db);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ targetId: `t${rows.length - 1}`, actor: { displayName: "Nadia Admin" } });
    const second = await listAuditLog(t.db, { cursor: first.nextCursor ?? "" });
    expect(second.entries.slice(0, 5).map((e) => e.targetId)).toEqual(["t4", "t3", "t2", "t1", "t0"]);

    const byOmarGig = await listAuditLog(t.db, { actorId: omar.userId, action: "gig.", targetType: "Gig" });
    expect(byOmarGig.entries.length).toBeGreaterThan(0);
    expect(byOmarGig.entries.every((e) => e.actor?.id === omar.userId && e.action.startsWith("gig."))).toBe(true);
    expect((await listAuditLog(t.db, { action: "gig.reject", actorId: "  " })).entries.every((e) => e.action === "gig.reject")).toBe(true);
    expect((await listAuditLog(t.db, { targetId: "t7" })).entries).toMatchObject([{ targetId: "t7", reason: "reason 7" }]);
  });

  it("refuses a forged cursor and a kind that is not one, naming the field", async () => {
    expect(await refusalWithFields(listAuditLog(t.db, { cursor: "forged" }))).toMatchObject({ code: "BAD_INPUT", fields: { cursor: {} } });
    expect(await refusalWithFields(listAuditLog(t.db, { action: "gig'; DROP" }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { action: {} },
    });
  });
});
