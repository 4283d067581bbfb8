import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { confirmFunding, rejectFunding } from "./funding/confirm-funding.ts";
import { submitManualFunding } from "./funding/manual-provider.ts";
import { walletOnlyFunding } from "./testing/wallet-only-funding.ts";
import { addPayoutMethod } from "./payouts/add-payout-method.ts";
import { markPayoutPaid } from "./payouts/mark-payout-paid.ts";
import { createPayoutWorld, makeAvailable, newRequestKey, type PayoutWorld } from "./payouts/payout-test-world.ts";
import { rejectPayout } from "./payouts/reject-payout.ts";
import { requestPayout } from "./payouts/request-payout.ts";

let refs = 0;
const ref = () => `NTF${process.pid}${++refs}${Date.now().toString(36)}`.slice(0, 30).toUpperCase();

// Admin decisions on money tell the person concerned through the outbox, in the same transaction.
describe.each(testDbKinds())("notifications of payment decisions on %s", (kind) => {
  const t = useTestDb(kind);
  let world: PayoutWorld;
  let methodId: string;
  const notificationsOf = (userId: string, kindName: string) =>
    t.db.notification.findMany({
      where: { userId, kind: kindName },
      select: { data: true, link: true, dedupeKey: true, deliveredAt: true },
    });

  beforeAll(async () => {
    world = await createPayoutWorld(t.db);
    await makeAvailable(t.db, world.freelancer.userId, 500_000n);
    const method = await addPayoutMethod(t.db, world.freelancer, {
      rail: "JAZZCASH",
      accountTitle: "Ayesha Khan",
      accountNumber: "03001234567",
    });
    methodId = method.id;
  });

  const withdraw = (amountPaisa: bigint) =>
    requestPayout(t.db, world.freelancer, { payoutMethodId: methodId, amountPaisa, requestKey: newRequestKey() });

  it("a payout marked paid notifies the freelancer once, with the amount, rail and reference", async () => {
    const request = await withdraw(120_000n);
    const reference = ref();
    await markPayoutPaid(t.db, world.admin, { payoutRequestId: request.id, reference: reference.toLowerCase() });
    await expect(markPayoutPaid(t.db, world.admin, { payoutRequestId: request.id, reference: ref() })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const notes = await notificationsOf(world.freelancer.userId, "payout.paid");
    expect(notes).toEqual([
      {
        data: { payoutRequestId: request.id, amountPaisa: "120000", rail: "JAZZCASH", reference },
        link: "/earnings",
        dedupeKey: `payout:${request.id}:paid`,
        deliveredAt: null,
      },
    ]);
  });

  it("a rejected payout notifies the freelancer with the reason; a refused decision notifies nobody", async () => {
    const request = await withdraw(110_000n);
    await expect(rejectPayout(t.db, world.stranger, { payoutRequestId: request.id, reason: "Not an admin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await notificationsOf(world.freelancer.userId, "payout.rejected")).toEqual([]);
    await rejectPayout(t.db, world.admin, { payoutRequestId: request.id, reason: "The account title does not match" });
    expect((await notificationsOf(world.freelancer.userId, "payout.rejected")).map((n) => n.data)).toEqual([
      { payoutRequestId: request.id, amountPaisa: "110000", reason: "The account title does not match" },
    ]);
  });

  it("a confirmed or rejected transfer notifies the client", async () => {
    const client = world.stranger;
    const confirmed = await submitManualFunding(t.db, client, { amountPaisa: 250_000n, rail: "IBAN", reference: ref() }, walletOnlyFunding);
    await confirmFunding(t.db, world.admin, { fundingRequestId: confirmed.request.id, reason: "On the statement" }, walletOnlyFunding);
    const rejected = await submitManualFunding(t.db, client, { amountPaisa: 75_000n, rail: "RAAST", reference: ref() }, walletOnlyFunding);
    await rejectFunding(t.db, world.admin, { fundingRequestId: rejected.request.id, reason: "No such transfer on our statement" });

    expect(await notificationsOf(client.userId, "funding.confirmed")).toEqual([
      {
        data: { fundingRequestId: confirmed.request.id, amountPaisa: "250000", orderFunded: false },
        link: "/wallet",
        dedupeKey: `funding:${confirmed.request.id}:confirmed`,
        deliveredAt: null,
      },
    ]);
    expect((await notificationsOf(client.userId, "funding.rejected")).map((n) => n.data)).toEqual([
      { fundingRequestId: rejected.request.id, amountPaisa: "75000", reason: "No such transfer on our statement" },
    ]);
  });
});
