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

  it("still completes due orders when the warning step fails, and reports the failed step", async () => {
    const start = addDays(new Date(), 800);
    // One order due now, one to be warned about: the warning's transaction is made to fail.
    const due = await createDeliveredOrder(t.db, w, { now: start });
    await createDeliveredOrder(t.db, w, { now: addHours(start, 12) });
    let failNext = true;
    const flaky = new Proxy(t.db, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver) as unknown;
        return (...args: Parameters<typeof target.$transaction>) => {
          if (!failNext) return target.$transaction(...args);
          failNext = false;
          return Promise.reject(new Error("Transaction API error: the timeout for this transaction was 30000 ms"));
        };
      },
    });
    const failed: string[] = [];
    const sweep = await sweepOrderTimers(flaky, addDays(start, 3), { onStepError: (step) => failed.push(step) });
    expect(sweep).toEqual({ warned: 0, autoCompleted: 1, reviewsRevealed: 0 });
    expect(failed).toEqual(["warn"]);
    expect(await t.db.order.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "COMPLETED" });
    // Without a handler the failure is thrown, once the other steps have run.
    failNext = true;
    await expect(sweepOrderTimers(flaky, addDays(start, 3))).rejects.toBeInstanceOf(AggregateError);
    // The next pass warns as usual.
    expect(await sweepOrderTimers(t.db, addDays(start, 3))).toMatchObject({ warned: 1 });
  });
});
