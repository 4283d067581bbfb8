import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createPerson } from "../testing/payment-fixtures.ts";
import { countPayoutQueue, listPayoutQueue } from "./list-payout-queue.ts";
import { VALID_IBAN } from "./payout-test-world.ts";

describe.each(testDbKinds())("payout queue count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly the payouts the admin queue lists: requested ones, not paid, rejected or cancelled", async () => {
    const freelancer = await createPerson(t.db, "Ayesha Khan");
    const method = await t.db.payoutMethod.create({
      data: {
        userId: freelancer.userId,
        rail: "IBAN",
        accountTitle: "Ayesha Khan",
        accountNumber: VALID_IBAN,
        bankName: "Standard Chartered",
      },
      select: { id: true },
    });
    const payout = (status: "REQUESTED" | "PAID" | "REJECTED" | "CANCELLED", providerReference: string | null = null) => ({
      userId: freelancer.userId,
      payoutMethodId: method.id,
      amountPaisa: 200_000n,
      rail: "IBAN" as const,
      accountTitle: "Ayesha Khan",
      accountNumber: VALID_IBAN,
      status,
      providerReference,
    });
    await t.db.payoutRequest.createMany({
      data: [payout("REQUESTED"), payout("REQUESTED"), payout("PAID", "FT-COUNT-1"), payout("REJECTED"), payout("CANCELLED")],
    });

    const count = await countPayoutQueue(t.db);
    expect(count).toBe(2);
    expect(count).toBe((await listPayoutQueue(t.db)).length);
  });
});
