import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { getOrderInvoice } from "./get-order-invoice.ts";
import { type ActivityAccount, listAccountActivity } from "./list-account-activity.ts";
import { createStatementWorld, type StatementWorld } from "./statement-test-world.ts";

const KEY = "payments:errors.statements";

describe.each(testDbKinds())("invoices and account activity on %s", (kind) => {
  let testDb: TestDb;
  let w: StatementWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    w = await createStatementWorld(db());
  });
  afterAll(() => testDb.close());

  it("the client's invoice and the freelancer's receipt of one order; tax ids only on the freelancer's own", async () => {
    const asClient = await getOrderInvoice(db(), { userId: w.client.userId, isAdmin: false }, w.orderA.id);
    expect(asClient).toEqual({
      copy: "CLIENT_INVOICE",
      order: {
        id: w.orderA.id,
        number: w.orderA.number,
        title: "Logo for a Lahore bakery",
        status: "COMPLETED",
        createdAt: new Date(`${w.year}-03-01T05:00:00.000Z`),
        fundedAt: new Date(`${w.year}-03-01T05:00:00.000Z`),
        completedAt: new Date(`${w.year}-03-10T10:00:00.000Z`),
      },
      client: { name: "Kamran Butt", city: "Karachi" },
      freelancer: { name: "Ayesha Khan", city: "Lahore", cnic: null, ntn: null },
      amounts: {
        subtotalPaisa: 1_000_000,
        clientFeePaisa: 20_000,
        freelancerFeePaisa: 50_000,
        totalPaisa: 1_020_000,
        totalPaidPaisa: 1_020_000,
        freelancerNetPaisa: 950_000,
      },
      rates: { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 },
      milestones: [],
    });
    const asFreelancer = await getOrderInvoice(db(), { userId: w.freelancer.userId, isAdmin: false }, w.orderA.id);
    expect(asFreelancer.copy).toBe("FREELANCER_RECEIPT");
    expect(asFreelancer.freelancer).toEqual({ name: "Ayesha Khan", city: "Lahore", cnic: "35202-1234567-1", ntn: "1234567-8" });
    expect(asFreelancer.amounts).toEqual(asClient.amounts);

    const admin = { userId: w.admin.userId, isAdmin: true };
    expect((await getOrderInvoice(db(), admin, w.orderA.id)).copy).toBe("CLIENT_INVOICE");
    const adminReceipt = await getOrderInvoice(db(), admin, w.orderA.id, { copy: "FREELANCER_RECEIPT" });
    expect(adminReceipt.copy).toBe("FREELANCER_RECEIPT");
    expect(adminReceipt.freelancer.cnic).toBeNull();
  });

  it("anyone else gets NOT_FOUND, as for an order that does not exist", async () => {
    for (const orderId of [w.orderA.id, "no-such-order", "", "x".repeat(500)]) {
      await expect(getOrderInvoice(db(), { userId: w.other.userId, isAdmin: false }, orderId)).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: `${KEY}.orderNotFound`,
      });
    }
  });

  it("pages through pending earnings newest first with a cursor, each line with its order", async () => {
    const seen: { kind: string; amountPaisa: bigint; orderNumber: number | null }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAccountActivity(db(), w.freelancer.userId, { account: "pending", cursor, limit: 2 });
      seen.push(...page.items.map((item) => ({ kind: item.kind, amountPaisa: item.amountPaisa, orderNumber: item.orderNumber })));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([
      { kind: "ESCROW_RELEASED", amountPaisa: 95_000n, orderNumber: w.orderC.number },
      { kind: "EARNINGS_CLEARED", amountPaisa: -316_666n, orderNumber: w.orderB.number },
      { kind: "ESCROW_RELEASED", amountPaisa: 316_666n, orderNumber: w.orderB.number },
      { kind: "EARNINGS_CLEARED", amountPaisa: -950_000n, orderNumber: w.orderA.number },
      { kind: "ESCROW_RELEASED", amountPaisa: 950_000n, orderNumber: w.orderA.number },
    ]);
    const first = await listAccountActivity(db(), w.freelancer.userId, { account: "pending", limit: 1 });
    expect(first.items[0]?.clearsAt).toEqual(new Date(`${w.year}-07-12T09:00:00.000Z`));
  });

  it("entries posted in the same millisecond are neither skipped nor repeated across pages", async () => {
    const available = await listAccountActivity(db(), w.freelancer.userId, { account: "available", limit: 100 });
    expect(available.items.map((i) => i.amountPaisa)).toEqual([316_666n, 950_000n]);
    // Three credits stamped with the very same instant: only the id tells them apart.
    const instant = new Date(`${w.year}-10-01T12:00:00.000Z`);
    for (const n of [1, 2, 3]) {
      await withMoneyTransaction(db(), (tx) =>
        postTransaction(tx, {
          idempotencyKey: `test-same-instant:${n}`,
          kind: "ADJUSTMENT",
          postedAt: instant,
          lines: [
            { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -BigInt(n) },
            { account: { type: "CLIENT_BALANCE", userId: w.client.userId }, amountPaisa: BigInt(n) },
          ],
        }),
      );
    }
    const wallet = await listAccountActivity(db(), w.client.userId, { account: "wallet", limit: 100 });
    expect(wallet.items.filter((i) => i.createdAt.getTime() === instant.getTime())).toHaveLength(3);
    const ids = wallet.items.map((i) => i.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page = await listAccountActivity(db(), w.client.userId, { account: "wallet", cursor, limit: 1 });
      paged.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(paged).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("someone without an account sees nothing; bad options are BAD_INPUT", async () => {
    expect(await listAccountActivity(db(), w.other.userId, { account: "wallet" })).toEqual({ items: [], nextCursor: null });
    await expect(listAccountActivity(db(), w.freelancer.userId, { account: "escrow" as ActivityAccount })).rejects.toMatchObject({
      fields: { account: { key: `${KEY}.accountInvalid` } },
    });
    await expect(listAccountActivity(db(), w.freelancer.userId, { account: "toString" as ActivityAccount })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    for (const limit of [0, 101, 1.5]) {
      await expect(listAccountActivity(db(), w.freelancer.userId, { account: "pending", limit })).rejects.toMatchObject({
        fields: { limit: { key: `${KEY}.limitInvalid` } },
      });
    }
    for (const cursor of ["garbage", Buffer.from("12.x'; DROP TABLE").toString("base64url"), "🙂"]) {
      await expect(listAccountActivity(db(), w.freelancer.userId, { account: "pending", cursor })).rejects.toMatchObject({
        fields: { cursor: { key: `${KEY}.cursorInvalid` } },
      });
    }
  });
});
