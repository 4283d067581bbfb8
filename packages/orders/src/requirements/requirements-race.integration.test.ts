import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { addGigRequirements, type CheckoutWorld, createCheckoutWorld, createTestGig } from "../checkout/checkout-fixtures.ts";
import { payOrder } from "../checkout/pay-order.ts";
import { placeGigOrder } from "../checkout/place-gig-order.ts";
import { submitRequirements } from "./submit-requirements.ts";

// PGlite has one connection, so only PostgreSQL can show two submissions racing.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("concurrent requirement submissions on postgres", () => {
  const t = useTestDb("postgres");
  let w: CheckoutWorld;
  let gigId: string;

  beforeAll(async () => {
    w = await createCheckoutWorld(t.db);
    gigId = await createTestGig(t.db, w);
    await addGigRequirements(t.db, gigId, [{ question: "Your brand name?" }]);
  });

  it("starts the clock once: of two submissions at the same moment, one wins and the other is told it was answered", async () => {
    for (let round = 0; round < 5; round++) {
      const placed = await placeGigOrder(t.db, w.client, { gigId, tier: "BASIC" });
      await payOrder(t.db, w.client, { orderId: placed.id, method: "sandbox" });
      const submit = (answer: string) => submitRequirements(t.db, w.client, { orderId: placed.id, answers: [{ position: 0, answer }] });
      const outcomes = await Promise.allSettled([submit("First"), submit("Second")]);
      const won = outcomes.filter((o) => o.status === "fulfilled");
      const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toMatchObject([{ code: "INVALID_STATE", messageKey: "orders:errors.requirements.alreadySubmitted" }]);
      expect(await t.db.orderEvent.count({ where: { orderId: placed.id, kind: "requirementsSubmitted" } })).toBe(1);
      expect(await t.db.notification.count({ where: { dedupeKey: `order:${placed.id}:requirementsSubmitted` } })).toBe(1);
      const answer = (await t.db.orderRequirement.findFirstOrThrow({ where: { orderId: placed.id } })).answer;
      expect(answer === "First" || answer === "Second").toBe(true);
    }
  });
});
