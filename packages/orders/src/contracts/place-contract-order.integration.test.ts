import { testDbKinds } from "@hunar/db/testing";
import { createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import type { ContractTerms } from "./contract-terms.ts";
import { milestoneDurations } from "./contract-terms.ts";
import { placeContractOrder } from "./place-contract-order.ts";
import { refusal } from "@hunar/db/testing/refusal";

describe("milestoneDurations", () => {
  it("gives each milestone the days since the previous one's due day, at least one", () => {
    expect(
      milestoneDurations([
        { title: "a", amountPaisa: 1, dueDays: 3 },
        { title: "b", amountPaisa: 1, dueDays: 10 },
        { title: "c", amountPaisa: 1, dueDays: 10 },
      ]),
    ).toEqual([3, 7, 1]);
  });
});

describe.each(testDbKinds())("placing a contract order on %s", (kind) => {
  const t = useTestDb(kind);
  const world = async () => {
    await ensureTestFeeSchedule(t.db);
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const terms = (extra: Partial<ContractTerms> = {}): ContractTerms => ({
      source: "PROPOSAL",
      clientId: client.userId,
      freelancerId: freelancer.userId,
      title: "Logo for a shop",
      requirements: "A simple logo",
      pricePaisa: 1_000_000,
      deliveryDays: 10,
      revisionsAllowed: null,
      milestones: null,
      ...extra,
    });
    return { client, freelancer, terms };
  };
  const contract = (orderId: string) =>
    t.db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        source: true,
        status: true,
        subtotalPaisa: true,
        clientFeePaisa: true,
        freelancerFeePaisa: true,
        totalPaisa: true,
        deliveryDays: true,
        revisionsAllowed: true,
        milestones: {
          orderBy: { position: "asc" },
          select: { position: true, title: true, amountPaisa: true, clientFeePaisa: true, durationDays: true, status: true },
        },
        events: { select: { kind: true } },
      },
    });

  it("makes a PENDING_PAYMENT order at the fees in force, the client fee shared across the milestones", async () => {
    const w = await world();
    const order = await t.db.$transaction((tx) =>
      placeContractOrder(
        tx,
        w.terms({
          pricePaisa: 1_000_001,
          milestones: [
            { title: "Drafts", amountPaisa: 333_333, dueDays: 4 },
            { title: "Final files", amountPaisa: 666_668, dueDays: 10 },
          ],
        }),
      ),
    );
    expect(await contract(order.id)).toEqual({
      source: "PROPOSAL",
      status: "PENDING_PAYMENT",
      subtotalPaisa: 1_000_001,
      // 2% and 5%, rounded half up to the paisa.
      clientFeePaisa: 20_000,
      freelancerFeePaisa: 50_000,
      totalPaisa: 1_020_001,
      deliveryDays: 10,
      revisionsAllowed: null,
      milestones: [
        { position: 1, title: "Drafts", amountPaisa: 333_333, clientFeePaisa: 6_667, durationDays: 4, status: "PENDING" },
        { position: 2, title: "Final files", amountPaisa: 666_668, clientFeePaisa: 13_333, durationDays: 6, status: "PENDING" },
      ],
      events: [{ kind: "placed" }],
    });
    expect(order.totalPaisa).toBe(1_020_001);
  });

  it("without a plan it is one unit of work with no milestone rows", async () => {
    const w = await world();
    const order = await t.db.$transaction((tx) => placeContractOrder(tx, w.terms({ source: "OFFER", revisionsAllowed: 2 })));
    expect(await contract(order.id)).toMatchObject({ source: "OFFER", totalPaisa: 1_020_000, revisionsAllowed: 2, milestones: [] });
  });

  it("refuses a plan that does not add up, a contract with oneself, a suspended freelancer or an unverified client; nothing is written", async () => {
    const w = await world();
    const suspended = await createTestUser(t.db, "Kamran Butt", { suspended: true });
    const unverified = await createTestUser(t.db, "Hina Iqbal", { emailVerified: false });
    const attempt = (terms: ContractTerms) => t.db.$transaction((tx) => placeContractOrder(tx, terms));
    const before = await t.db.order.count();
    expect(await refusal(attempt(w.terms({ milestones: [{ title: "Half", amountPaisa: 500_000, dueDays: 5 }] })))).toEqual({
      code: "BAD_INPUT",
      messageKey: "orders:errors.contract.milestonesTotal",
    });
    expect(await refusal(attempt(w.terms({ freelancerId: w.client.userId })))).toEqual({
      code: "FORBIDDEN",
      messageKey: "orders:errors.contract.sameParty",
    });
    expect(await refusal(attempt(w.terms({ freelancerId: suspended.userId })))).toEqual({
      code: "INVALID_STATE",
      messageKey: "orders:errors.contract.freelancerUnavailable",
    });
    expect(await refusal(attempt(w.terms({ clientId: unverified.userId })))).toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.order.count()).toBe(before);
  });
});
