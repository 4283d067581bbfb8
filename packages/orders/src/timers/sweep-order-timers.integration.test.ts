import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "../order-link.ts";
import { submitReview } from "../reviews/submit-review.ts";
import { createCompletedOrder, createDeliveredOrder, createOrderWorld, type OrderWorld } from "../testing/order-fixtures.ts";
import { sweepOrderTimers } from "./sweep-order-timers.ts";

describe.each(testDbKinds())("one sweep over every order timer on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
  });

  it("warns, then completes, then reveals a lone review when its window closes; a second pass at the same moment does nothing", async () => {
    // Far from any other test's orders, so this test's clock sees only its own.
    const start = addDays(new Date(), 400);
    const delivered = await createDeliveredOrder(t.db, w, { now: start });
    const completed = await createCompletedOrder(t.db, w, { now: start });
    await submitReview(
      t.db,
      { userId: completed.clientId },
      { orderId: completed.id, rating: 5, communication: 5, quality: 4, onTime: 5 },
      { now: start },
    );

    const dayBefore = addHours(start, 49);
    expect(await sweepOrderTimers(t.db, dayBefore)).toEqual({ warned: 1, autoCompleted: 0, reviewsRevealed: 0 });
    expect(await sweepOrderTimers(t.db, dayBefore)).toEqual({ warned: 0, autoCompleted: 0, reviewsRevealed: 0 });

    const due = addDays(start, 3);
    expect(await sweepOrderTimers(t.db, due)).toEqual({ warned: 0, autoCompleted: 1, reviewsRevealed: 0 });
    expect(await t.db.order.findUniqueOrThrow({ where: { id: delivered.id } })).toMatchObject({ status: "COMPLETED" });

    const windowClosed = addDays(start, 10);
    expect(await sweepOrderTimers(t.db, windowClosed)).toEqual({ warned: 0, autoCompleted: 0, reviewsRevealed: 1 });
    expect(await sweepOrderTimers(t.db, windowClosed)).toEqual({ warned: 0, autoCompleted: 0, reviewsRevealed: 0 });
    const review = await t.db.review.findFirstOrThrow({ where: { orderId: completed.id } });
    expect(review.revealedAt).toEqual(windowClosed);
  });
});
