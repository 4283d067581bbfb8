import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { addDays } from "../order-link.ts";
import { countOutages, listOutages } from "./list-outages.ts";

describe.each(testDbKinds())("outage count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly the outages the list shows since a date, and all of them without one", async () => {
    const admin = await createTestUser(t.db, "Hunar Admin", { isAdmin: true });
    const now = new Date();
    const since = addDays(now, -30);
    const outage = (createdAt: Date) => ({
      reason: "Nationwide internet disruption",
      startedAt: createdAt,
      hours: 6,
      declaredById: admin.userId,
      createdAt,
    });
    await t.db.outage.createMany({
      data: [outage(addDays(now, -1)), outage(addDays(now, -29)), outage(addDays(now, -31)), outage(addDays(now, -400))],
    });

    const recent = await countOutages(t.db, { since });
    expect(recent).toBe(2);
    expect(recent).toBe((await listOutages(t.db, { since })).length);
    const all = await countOutages(t.db);
    expect(all).toBe(4);
    expect(all).toBe((await listOutages(t.db)).length);
  });
});
