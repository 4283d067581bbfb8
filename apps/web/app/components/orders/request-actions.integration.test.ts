import { sessionUserSelect } from "@hunar/auth/session-user";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addDays, addHours } from "@hunar/orders/order-link";
import { createRequestsWorld, createRunningOrder, type RequestsWorld, type RunningOrder } from "@hunar/orders/requests/testing-requests";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, settle, testContext } from "#app/test/action-context.ts";
import { REQUEST_ACTIONS, type RequestIntent } from "./request-actions.server.ts";

describe.each(testDbKinds())("order page request actions on %s", (kind) => {
  const t = useTestDb(kind);
  let w: RequestsWorld;
  const act = async (intent: RequestIntent, order: RunningOrder, userId: string, fields: Record<string, string>) => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId }, select: sessionUserSelect });
    const request = formPost(`/orders/${order.id}?intent=${intent}`, fields);
    return settle(() => REQUEST_ACTIONS[intent]({ request, context: testContext(t.db).context, orderId: order.id, user }));
  };
  const done = (order: RunningOrder, intent: string) => ({ status: 302, location: `/orders/${order.id}?done=${intent}` });
  const pendingOf = (order: RunningOrder) => t.db.orderRequest.findFirstOrThrow({ where: { orderId: order.id, status: "PENDING" } });

  beforeAll(async () => {
    w = await createRequestsWorld(t.db);
  });

  it("asks for and grants more time through the forms, back to the order page each time", async () => {
    // Funded two days ago, due tomorrow: the actions run on the real clock.
    const order = await createRunningOrder(t.db, w, addDays(new Date(), -2), "Form Client");
    const bad = await act("requestExtension", order, w.freelancer.userId, { days: "45", reason: "Need more" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      intent: "requestExtension",
      values: { days: "45", reason: "Need more" },
      errors: { fields: { days: { key: "orders:errors.extension.daysInvalid", params: { max: 30 } } } },
    });
    expect(await act("requestExtension", order, w.freelancer.userId, { days: "2", reason: "Need more" })).toMatchObject(
      done(order, "requestExtension"),
    );
    const request = await pendingOf(order);
    const noAnswer = await act("answerExtension", order, order.client.userId, { requestId: request.id });
    expect(noAnswer).toMatchObject({ status: 400, body: { errors: { fields: { answer: { key: "errors:invalid" } } } } });
    const wrongParty = await act("answerExtension", order, w.freelancer.userId, { requestId: request.id, answer: "accept" });
    expect(wrongParty).toMatchObject({ status: 403, body: { errors: { form: { key: "orders:errors.extension.onlyClientAnswers" } } } });
    expect(await act("answerExtension", order, order.client.userId, { requestId: request.id, answer: "accept" })).toMatchObject(
      done(order, "answerExtension"),
    );
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).dueAt).toEqual(addDays(order.dueAt, 2));
  });

  it("cancels by agreement, refuses a late cancellation before the due date and withdraws only the requester's own request", async () => {
    const order = await createRunningOrder(t.db, w, addHours(new Date(), -1), "Cancelling Form Client");
    const early = await act("cancelLate", order, order.client.userId, { reason: "Too slow" });
    expect(early).toMatchObject({
      status: 409,
      body: { intent: "cancelLate", errors: { form: { key: "orders:errors.cancellation.notLate" } } },
    });
    expect(await act("requestCancellation", order, order.client.userId, { reason: "No longer needed" })).toMatchObject(
      done(order, "requestCancellation"),
    );
    const request = await pendingOf(order);
    const notTheirs = await act("withdrawRequest", order, w.freelancer.userId, { requestId: request.id });
    expect(notTheirs).toMatchObject({ status: 403, body: { errors: { form: { key: "orders:errors.requests.onlyRequester" } } } });
    const outsider = await act("answerCancellation", order, w.stranger.userId, { requestId: request.id, answer: "accept" });
    expect(outsider.status).toBe(404);
    expect(await act("answerCancellation", order, w.freelancer.userId, { requestId: request.id, answer: "accept" })).toMatchObject(
      done(order, "answerCancellation"),
    );
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect((await getUserBalances(t.db, order.client.userId)).wallet).toBe(BigInt(order.totalPaisa));
  });
});
