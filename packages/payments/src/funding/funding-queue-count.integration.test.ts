import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createPerson } from "../testing/payment-fixtures.ts";
import { countFundingQueue, listFundingQueue } from "./list-funding.ts";

describe.each(testDbKinds())("funding queue count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly the requests the admin queue lists: pending ones, not decided or withdrawn", async () => {
    const client = await createPerson(t.db, "Bilal Ahmed");
    const request = (providerReference: string, status: "PENDING" | "CONFIRMED" | "REJECTED" | "CANCELLED") => ({
      userId: client.userId,
      amountPaisa: 150_000n,
      rail: "JAZZCASH" as const,
      providerReference,
      status,
    });
    await t.db.fundingRequest.createMany({
      data: [
        request("TXN-COUNT-1", "PENDING"),
        request("TXN-COUNT-2", "PENDING"),
        request("TXN-COUNT-3", "CONFIRMED"),
        request("TXN-COUNT-4", "REJECTED"),
        request("TXN-COUNT-5", "CANCELLED"),
      ],
    });

    const count = await countFundingQueue(t.db);
    expect(count).toBe(2);
    expect(count).toBe((await listFundingQueue(t.db)).length);
  });
});
