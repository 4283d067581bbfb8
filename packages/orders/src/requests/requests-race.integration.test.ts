import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHours } from "../order-link.ts";
import { answerCancellation } from "./answer-cancellation.ts";
import { answerExtension } from "./answer-extension.ts";
import { cancelLateOrder } from "./cancel-late-order.ts";
import { requestCancellation } from "./request-cancellation.ts";
import { requestExtension } from "./request-extension.ts";
import { createRequestsWorld, createRunningOrder, type RequestsWorld, type RunningOrder } from "./testing-requests.ts";
import { withdrawRequest } from "./withdraw-request.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");
const ROUNDS = 4;

type Settled = PromiseSettledResult<unknown>;
const keysOf = (results: Settled[]) =>
  results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { messageKey?: string }).messageKey] : []));
const wins = (results: Settled[]) => results.filter((r) => r.status === "fulfilled").length;
/** Both orders of arrival, alternating by round. */
const inTurn = (round: number, calls: (() => Promise<unknown>)[]) =>
  Promise.allSettled((round % 2 === 0 ? calls : [...calls].reverse()).map((call) => call()));

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent requests on postgres", () => {
  let testDb: TestDb;
  let w: RequestsWorld;
  const db = () => testDb.db;
  const t0 = new Date();
  const at = (hours: number) => addHours(t0, hours);
  const refunds = (orderId: string) => db().ledgerTransaction.count({ where: { orderId, kind: "ESCROW_REFUNDED" } });
  const wallet = async (order: RunningOrder) => (await getUserBalances(db(), order.client.userId)).wallet;
  const status = async (orderId: string) => (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createRequestsWorld(db());
  });
  afterAll(() => testDb.close());

  it("of two acceptances of one cancellation request exactly one cancels, and the escrow is refunded once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createRunningOrder(db(), w, t0, `Double Accept ${round}`);
      const request = await requestCancellation(db(), w.freelancer, { orderId: order.id, reason: "Cannot do it" }, at(1));
      const accept = () => answerCancellation(db(), order.client, { requestId: request.id, accept: true }, at(2));
      const results = await Promise.allSettled([accept(), accept()]);
      expect(wins(results)).toBe(1);
      expect(keysOf(results)).toEqual(["orders:errors.cancellation.notPending"]);
      expect(await status(order.id)).toBe("CANCELLED");
      expect(await refunds(order.id)).toBe(1);
      expect(await wallet(order)).toBe(BigInt(order.totalPaisa));
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("an acceptance racing the requester's withdrawal: either cancelled and refunded, or withdrawn and untouched", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createRunningOrder(db(), w, t0, `Accept Withdraw ${round}`);
      const request = await requestCancellation(db(), order.client, { orderId: order.id, reason: "Plans changed" }, at(1));
      const results = await inTurn(round, [
        () => answerCancellation(db(), w.freelancer, { requestId: request.id, accept: true }, at(2)),
        () => withdrawRequest(db(), order.client, { requestId: request.id }, at(2)),
      ]);
      expect(wins(results)).toBe(1);
      expect(keysOf(results)).toEqual(["orders:errors.cancellation.notPending"]);
      const final = await db().orderRequest.findUniqueOrThrow({ where: { id: request.id } });
      const cancelled = (await status(order.id)) === "CANCELLED";
      expect(final.status).toBe(cancelled ? "ACCEPTED" : "WITHDRAWN");
      expect(await refunds(order.id)).toBe(cancelled ? 1 : 0);
      expect(await wallet(order)).toBe(cancelled ? BigInt(order.totalPaisa) : 0n);
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("accepting an extension racing its withdrawal moves the due date at most once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createRunningOrder(db(), w, t0, `Extension Withdraw ${round}`);
      const request = await requestExtension(db(), w.freelancer, { orderId: order.id, days: 2, reason: "Files arrived late" }, at(1));
      const results = await inTurn(round, [
        () => answerExtension(db(), order.client, { requestId: request.id, accept: true }, at(2)),
        () => withdrawRequest(db(), w.freelancer, { requestId: request.id }, at(2)),
      ]);
      expect(wins(results)).toBe(1);
      expect(keysOf(results)).toEqual(["orders:errors.extension.notPending"]);
      const final = await db().orderRequest.findUniqueOrThrow({ where: { id: request.id } });
      const { dueAt } = await db().order.findUniqueOrThrow({ where: { id: order.id } });
      expect(dueAt).toEqual(final.status === "ACCEPTED" ? addHours(order.dueAt, 48) : order.dueAt);
    }
  });

  it("a late cancellation racing the acceptance of a cancellation request: cancelled once, refunded once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createRunningOrder(db(), w, t0, `Late Versus Agreed ${round}`);
      const request = await requestCancellation(db(), order.client, { orderId: order.id, reason: "Too late now" }, at(1));
      const late = addHours(order.dueAt, 2);
      const results = await inTurn(round, [
        () => cancelLateOrder(db(), order.client, { orderId: order.id, reason: "Past the due date" }, late),
        () => answerCancellation(db(), w.freelancer, { requestId: request.id, accept: true }, late),
      ]);
      expect(wins(results)).toBe(1);
      // The late cancellation closed the request, or the acceptance cancelled the order first.
      expect(["orders:errors.cancellation.notPending", "orders:errors.cancellation.notBeforeDelivery"]).toContain(keysOf(results)[0]);
      expect(await status(order.id)).toBe("CANCELLED");
      expect(await refunds(order.id)).toBe(1);
      expect(await wallet(order)).toBe(BigInt(order.totalPaisa));
      expect(await db().orderEvent.count({ where: { orderId: order.id, kind: "cancelled" } })).toBe(1);
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("of simultaneous requests of one kind on one order exactly one is left pending", async () => {
    const order = await createRunningOrder(db(), w, t0, "Double Request");
    const results = await Promise.allSettled(
      [1, 2, 3].map((days) => requestExtension(db(), w.freelancer, { orderId: order.id, days, reason: "More time" }, at(1))),
    );
    expect(wins(results)).toBe(1);
    expect(keysOf(results)).toEqual(["orders:errors.extension.pending", "orders:errors.extension.pending"]);
    expect(await db().orderRequest.count({ where: { orderId: order.id, kind: "EXTENSION", status: "PENDING" } })).toBe(1);
  });
});
