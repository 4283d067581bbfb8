import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPayoutMethod, MAX_PAYOUT_METHODS } from "./add-payout-method.ts";
import { listPayoutMethods } from "./list-payout-methods.ts";
import { createPayoutWorld, type PayoutWorld, VALID_IBAN } from "./payout-test-world.ts";
import { removePayoutMethod } from "./remove-payout-method.ts";
import { setDefaultPayoutMethod } from "./set-default-payout-method.ts";
import { createPerson } from "../testing/payment-fixtures.ts";

const KEY = "payments:errors.payouts";

describe.each(testDbKinds())("payout methods on %s", (kind) => {
  let testDb: TestDb;
  let world: PayoutWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createPayoutWorld(db());
  });
  afterAll(() => testDb.close());

  it("adds methods in their stored form; the first is the default", async () => {
    const bank = await addPayoutMethod(db(), world.freelancer, {
      rail: "IBAN",
      accountTitle: "  Ayesha   Khan ",
      accountNumber: "pk36 scbl 0000 0011 2345 6702",
      bankName: "Standard Chartered",
    });
    expect(bank).toMatchObject({
      rail: "IBAN",
      accountNumber: VALID_IBAN,
      accountTitle: "Ayesha Khan",
      isDefault: true,
      bankName: "Standard Chartered",
    });
    const wallet = await addPayoutMethod(db(), world.freelancer, {
      rail: "JAZZCASH",
      accountTitle: "عائشہ خان",
      accountNumber: "+92 300 1234567",
      bankName: "ignored for wallets",
    });
    expect(wallet).toMatchObject({ accountNumber: "03001234567", isDefault: false, bankName: null });
    // The same mobile number on another rail is another account.
    await addPayoutMethod(db(), world.freelancer, { rail: "RAAST", accountTitle: "Ayesha Khan", accountNumber: "0300-1234567" });
    const listed = await listPayoutMethods(db(), world.freelancer.userId);
    expect(listed.map((m) => [m.rail, m.isDefault])).toEqual([
      ["IBAN", true],
      ["JAZZCASH", false],
      ["RAAST", false],
    ]);
  });

  it("the same rail and number twice is a CONFLICT, however it is written", async () => {
    const before = await db().payoutMethod.count();
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "JAZZCASH", accountTitle: "Ayesha Khan", accountNumber: "03001234567" }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: `${KEY}.methodExists` });
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "IBAN", accountTitle: "Ayesha Khan", accountNumber: VALID_IBAN.toLowerCase() }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().payoutMethod.count()).toBe(before);
    // Another user may hold the same number (a shared family account): not our business.
    await expect(
      addPayoutMethod(db(), world.stranger, { rail: "JAZZCASH", accountTitle: "Bilal Ahmed", accountNumber: "03001234567" }),
    ).resolves.toMatchObject({ isDefault: true });
  });

  it("bad input gets field errors and saves nothing", async () => {
    const before = await db().payoutMethod.count();
    const wrongCheckDigit = `PK37${VALID_IBAN.slice(4)}`;
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "IBAN", accountTitle: "Ayesha Khan", accountNumber: wrongCheckDigit }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { accountNumber: { key: `${KEY}.ibanChecksum` } } });
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "EASYPAISA", accountTitle: "Ayesha Khan", accountNumber: "0345-123456" }),
    ).rejects.toMatchObject({ fields: { accountNumber: { key: `${KEY}.walletNumberLength`, params: { digits: 10 } } } });
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "EASYPAISA", accountTitle: "A1", accountNumber: "0345-12345" }),
    ).rejects.toMatchObject({
      fields: { accountTitle: { key: `${KEY}.accountTitleLength` }, accountNumber: { key: `${KEY}.walletNumberLength` } },
    });
    await expect(
      addPayoutMethod(db(), world.freelancer, { rail: "PAYPAL", accountTitle: "Ayesha", accountNumber: "x" }),
    ).rejects.toMatchObject({
      fields: { rail: { key: `${KEY}.railInvalid` } },
    });
    await expect(addPayoutMethod(db(), world.freelancer, null)).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db().payoutMethod.count()).toBe(before);
  });

  it(`keeps at most ${MAX_PAYOUT_METHODS} methods`, async () => {
    const person = await createPerson(db(), "Many Wallets");
    for (let i = 0; i < MAX_PAYOUT_METHODS; i++) {
      await addPayoutMethod(db(), person, {
        rail: "JAZZCASH",
        accountTitle: "Many Wallets",
        accountNumber: `0300${String(i).padStart(7, "0")}`,
      });
    }
    await expect(
      addPayoutMethod(db(), person, { rail: "JAZZCASH", accountTitle: "Many Wallets", accountNumber: "03119999999" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: `${KEY}.tooManyMethods`, params: { max: MAX_PAYOUT_METHODS } });
    expect(await db().payoutMethod.count({ where: { userId: person.userId } })).toBe(MAX_PAYOUT_METHODS);
  });

  it("someone else's method cannot be removed or made default: NOT_FOUND, nothing changes", async () => {
    const [mine] = await listPayoutMethods(db(), world.freelancer.userId);
    const before = await db().payoutMethod.findMany({ where: { userId: world.freelancer.userId }, orderBy: { id: "asc" } });
    await expect(removePayoutMethod(db(), world.stranger, mine?.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: `${KEY}.methodNotFound`,
    });
    await expect(setDefaultPayoutMethod(db(), world.stranger, mine?.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removePayoutMethod(db(), world.freelancer, "no-such-method")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removePayoutMethod(db(), world.freelancer, 42)).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db().payoutMethod.findMany({ where: { userId: world.freelancer.userId }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("switches the default, removes softly (the default moves on) and restores a re-added method", async () => {
    const person = await createPerson(db(), "Zara Malik");
    const first = await addPayoutMethod(db(), person, { rail: "IBAN", accountTitle: "Zara Malik", accountNumber: VALID_IBAN });
    const second = await addPayoutMethod(db(), person, { rail: "EASYPAISA", accountTitle: "Zara Malik", accountNumber: "03451234567" });
    await setDefaultPayoutMethod(db(), person, second.id);
    let listed = await listPayoutMethods(db(), person.userId);
    expect(listed.map((m) => [m.id, m.isDefault])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);

    await removePayoutMethod(db(), person, second.id);
    listed = await listPayoutMethods(db(), person.userId);
    expect(listed.map((m) => [m.id, m.isDefault])).toEqual([[first.id, true]]);
    expect((await db().payoutMethod.findUniqueOrThrow({ where: { id: second.id } })).deletedAt).toBeInstanceOf(Date);
    await expect(setDefaultPayoutMethod(db(), person, second.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const again = await addPayoutMethod(db(), person, { rail: "EASYPAISA", accountTitle: "Zara  Malik", accountNumber: "0345-1234567" });
    expect(again).toMatchObject({ id: second.id, isDefault: false });
    expect((await listPayoutMethods(db(), person.userId)).length).toBe(2);
  });
});
