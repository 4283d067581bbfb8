import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { notify } from "./notify.ts";
import { createRecipient, type TestRecipient } from "./testing/notification-fixtures.ts";

const payout = (id: string) => ({ payoutRequestId: id, amountPaisa: "500000", reason: "Account title does not match" });

describe.each(testDbKinds())("notify on %s", (kind) => {
  const t = useTestDb(kind);
  let ayesha: TestRecipient;
  let bilal: TestRecipient;

  beforeAll(async () => {
    ayesha = await createRecipient(t.db, "Ayesha Khan", "ur");
    bilal = await createRecipient(t.db, "Bilal Ahmed", "en");
  });

  it("writes the row inside the caller's transaction, undelivered and due", async () => {
    const { notificationId } = await t.db.$transaction((tx) =>
      notify(tx, { userId: ayesha.userId, kind: "payout.rejected", data: payout("p1"), link: "/earnings", dedupeKey: "payout:p1:reject" }),
    );
    const row = await t.db.notification.findUniqueOrThrow({ where: { id: notificationId ?? "" } });
    expect(row).toMatchObject({
      userId: ayesha.userId,
      kind: "payout.rejected",
      data: payout("p1"),
      link: "/earnings",
      deliveredAt: null,
      liveAt: null,
      emailStatus: "PENDING",
      attempts: 0,
      claimToken: null,
    });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const failure = new Error("the payout could not be rejected after all");
    await expect(
      t.db.$transaction(async (tx) => {
        await notify(tx, { userId: ayesha.userId, kind: "payout.rejected", data: payout("p2"), dedupeKey: "payout:p2:reject" });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await t.db.notification.count({ where: { dedupeKey: "payout:p2:reject" } })).toBe(0);
  });

  it("makes a repeated event a no-op, per recipient, without spoiling the transaction", async () => {
    const again = await t.db.$transaction(async (tx) => {
      const first = await notify(tx, { userId: bilal.userId, kind: "payout.rejected", data: payout("p3"), dedupeKey: "payout:p3:reject" });
      const second = await notify(tx, { userId: bilal.userId, kind: "payout.rejected", data: payout("p3"), dedupeKey: "payout:p3:reject" });
      // The transaction is still usable after the skipped insert (PostgreSQL aborts on a failed statement).
      const count = await tx.notification.count({ where: { dedupeKey: "payout:p3:reject" } });
      return { first, second, count };
    });
    expect(again.first.notificationId).not.toBeNull();
    expect(again.second.notificationId).toBeNull();
    expect(again.count).toBe(1);
    const other = await t.db.$transaction((tx) =>
      notify(tx, { userId: ayesha.userId, kind: "payout.rejected", data: payout("p3"), dedupeKey: "payout:p3:reject" }),
    );
    expect(other.notificationId).not.toBeNull();
  });

  it("refuses data that does not fit the kind, an outside link and an empty dedupe key, writing nothing", async () => {
    const before = await t.db.notification.count();
    const attempts = [
      { kind: "payout.rejected", data: { ...payout("p4"), amountPaisa: 500 }, dedupeKey: "k1" },
      { kind: "payout.rejected", data: { ...payout("p4"), reason: "" }, dedupeKey: "k2" },
      { kind: "no.such.kind", data: {}, dedupeKey: "k3" },
      { kind: "payout.rejected", data: payout("p4"), dedupeKey: "k4", link: "https://evil.example/phish" },
      { kind: "payout.rejected", data: payout("p4"), dedupeKey: "k5", link: "//evil.example" },
      { kind: "payout.rejected", data: payout("p4"), dedupeKey: " " },
    ];
    for (const attempt of attempts) {
      const input = { userId: ayesha.userId, ...attempt } as unknown as Parameters<typeof notify>[1];
      await expect(t.db.$transaction((tx) => notify(tx, input))).rejects.toThrow();
    }
    expect(await t.db.notification.count()).toBe(before);
  });
});
