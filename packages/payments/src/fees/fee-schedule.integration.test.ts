import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createPerson, ensureFeeSchedule } from "../testing/payment-fixtures.ts";
import { createFeeScheduleVersion, getFeeScheduleInForce, listFeeSchedules } from "./fee-schedule.ts";

const HOUR_MS = 60 * 60 * 1000;

describe.each(testDbKinds())("fee schedules on %s", (kind) => {
  const t = useTestDb(kind);
  const rates = { freelancerFeeBps: 400, clientFeeBps: 150, minimumFeePaisa: 2_000, clearanceDays: 5, payoutMinimumPaisa: 50_000 };

  it("refuses to price anything before a schedule exists", async () => {
    await expect(getFeeScheduleInForce(t.db)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "payments:errors.fees.noScheduleInForce",
    });
  });

  it("adds audited versions; the one in force is the latest that has started", async () => {
    const launch = await ensureFeeSchedule(t.db);
    const admin = await createPerson(t.db, "Hunar Admin", { isAdmin: true });
    const now = new Date();
    const later = new Date(now.getTime() + 48 * HOUR_MS);
    const v2 = await createFeeScheduleVersion(
      t.db,
      admin,
      { ...rates, effectiveFrom: later, reason: "Lower fees for the Eid season" },
      now,
    );
    expect(v2.version).toBe(launch.version + 1);
    expect((await getFeeScheduleInForce(t.db, now)).id).toBe(launch.id);
    expect((await getFeeScheduleInForce(t.db, new Date(later.getTime() + 1))).id).toBe(v2.id);
    // Form posts arrive as strings.
    const v3 = await createFeeScheduleVersion(
      t.db,
      admin,
      {
        freelancerFeeBps: "450",
        clientFeeBps: "200",
        minimumFeePaisa: "0",
        clearanceDays: "7",
        payoutMinimumPaisa: "100000",
        reason: "Back to near launch rates",
      },
      now,
    );
    expect(v3).toMatchObject({ version: v2.version + 1, freelancerFeeBps: 450 });
    expect((await getFeeScheduleInForce(t.db, new Date(now.getTime() + HOUR_MS))).id).toBe(v3.id);
    expect((await listFeeSchedules(t.db)).map((s) => s.version)).toEqual([v3.version, v2.version, launch.version]);
    const audit = await t.db.auditLog.findMany({ where: { action: "fees.update" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actorId, a.targetId, a.reason])).toEqual([
      [admin.userId, v2.id, "Lower fees for the Eid season"],
      [admin.userId, v3.id, "Back to near launch rates"],
    ]);
    // Before is the version each one replaces when it starts (both replace the launch rates), after the new one.
    const launchFacts = {
      version: launch.version,
      freelancerFeeBps: launch.freelancerFeeBps,
      effectiveFrom: launch.effectiveFrom.toISOString(),
    };
    expect(audit.map((a) => a.data)).toMatchObject([
      {
        before: launchFacts,
        after: { version: v2.version, ...rates, minimumFeePaisa: "2000", payoutMinimumPaisa: "50000", effectiveFrom: later.toISOString() },
      },
      { before: launchFacts, after: { version: v3.version, freelancerFeeBps: 450, minimumFeePaisa: "0", payoutMinimumPaisa: "100000" } },
    ]);
  });

  it("explains every bad field and writes nothing", async () => {
    const admin = await createPerson(t.db, "Careful Admin", { isAdmin: true });
    const before = await t.db.feeSchedule.count();
    await expect(
      createFeeScheduleVersion(t.db, admin, {
        freelancerFeeBps: 10_001,
        clientFeeBps: 2.5,
        minimumFeePaisa: -1,
        clearanceDays: 91,
        payoutMinimumPaisa: "",
        reason: "short",
      }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: {
        freelancerFeeBps: { key: "payments:errors.fees.bpsRange" },
        clientFeeBps: { key: "payments:errors.fees.bpsRange" },
        minimumFeePaisa: { key: "payments:errors.fees.minimumFee" },
        clearanceDays: { key: "payments:errors.fees.clearanceDays" },
        payoutMinimumPaisa: { key: "payments:errors.fees.payoutMinimum" },
        reason: { key: "payments:errors.fees.reasonRequired" },
      },
    });
    await expect(
      createFeeScheduleVersion(t.db, admin, {
        ...rates,
        effectiveFrom: new Date(Date.now() - 24 * HOUR_MS),
        reason: "Backdating is not allowed",
      }),
    ).rejects.toMatchObject({ fields: { effectiveFrom: { key: "payments:errors.fees.effectiveFromPast" } } });
    expect(await t.db.feeSchedule.count()).toBe(before);
  });

  it("refuses a second schedule starting at the same moment, and non-admins", async () => {
    const admin = await createPerson(t.db, "Second Admin", { isAdmin: true });
    const user = await createPerson(t.db, "Not Admin");
    const at = new Date(Date.now() + 96 * HOUR_MS);
    await createFeeScheduleVersion(t.db, admin, { ...rates, effectiveFrom: at, reason: "Planned change for next week" });
    await expect(
      createFeeScheduleVersion(t.db, admin, { ...rates, effectiveFrom: at, reason: "The same change saved twice" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "payments:errors.fees.effectiveFromTaken",
    });
    await expect(createFeeScheduleVersion(t.db, user, { ...rates, reason: "I would like lower fees" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
