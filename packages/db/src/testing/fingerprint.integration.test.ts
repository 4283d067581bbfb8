import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "./factories.ts";
import { databaseFingerprint } from "./fingerprint.ts";
import { createTestDb, type TestDb } from "./test-db.ts";

describe("databaseFingerprint", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("pglite");
  });
  afterAll(() => t.close());

  it("stays the same while nothing changes and changes with an insert, an update and a delete", async () => {
    const empty = await databaseFingerprint(t.db);
    expect(await databaseFingerprint(t.db)).toEqual(empty);
    const { userId } = await createTestUser(t.db, "Ayesha Khan");
    const inserted = await databaseFingerprint(t.db);
    expect(inserted.User).not.toBe(empty.User);
    await t.db.user.update({ where: { id: userId }, data: { displayName: "Ayesha K." } });
    const updated = await databaseFingerprint(t.db);
    expect(updated.User).not.toBe(inserted.User);
    await t.db.user.delete({ where: { id: userId } });
    expect((await databaseFingerprint(t.db)).User).toBe(empty.User);
  });
});
