import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn } from "./log-in.ts";
import { makeAdmin } from "./make-admin.ts";
import { FAST_TEST_HASHING } from "./password.ts";
import { createAuthLimiter } from "./rate-limit.ts";

describe.each(testDbKinds())("admin:create on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  it("promotes an existing account, once", async () => {
    await testDb.db.user.create({ data: { email: "owner@example.pk", passwordHash: "x", displayName: "Owner" } });
    expect(await makeAdmin(testDb.db, { email: " Owner@Example.pk " })).toEqual({ status: "promoted", email: "owner@example.pk" });
    expect(await makeAdmin(testDb.db, { email: "owner@example.pk" })).toEqual({ status: "alreadyAdmin", email: "owner@example.pk" });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { email: "owner@example.pk" } })).isAdmin).toBe(true);
  });

  it("creates an admin with a strong generated password that works exactly as printed", async () => {
    const result = await makeAdmin(testDb.db, { email: "ops@example.pk", name: "Ops" }, { passwordHashing: FAST_TEST_HASHING });
    if (result.status !== "created") throw new Error(`expected a new admin, got ${result.status}`);
    expect(result.password).toMatch(/^[a-z2-7]{32}$/);
    const other = await makeAdmin(testDb.db, { email: "ops2@example.pk" }, { passwordHashing: FAST_TEST_HASHING });
    expect(other.status === "created" && other.password).not.toBe(result.password);

    const { user } = await logIn(
      { db: testDb.db, limiter: createAuthLimiter({ redis: null }) },
      { email: "ops@example.pk", password: result.password },
      { ip: "198.51.100.50" },
    );
    expect(user).toMatchObject({ isAdmin: true, displayName: "Ops" });
  });

  it("refuses a malformed email and writes nothing", async () => {
    const before = await testDb.db.user.count();
    await expect(makeAdmin(testDb.db, { email: "not-an-email" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { email: { key: "errors:emailInvalid" } },
    });
    expect(await testDb.db.user.count()).toBe(before);
  });
});
