import { isAppError } from "@hunar/core/app-error";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createTestUser } from "@hunar/db/testing/factories";
import { describe, expect, it } from "vitest";
import { changeHandle } from "./change-handle.ts";
import { loadPublicProfile } from "./public-profile.ts";

const fieldKey = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, key: error.fields?.handle?.key };
    throw error;
  }
  return null;
};

describe.each(testDbKinds())("handles on %s", (kind) => {
  const t = useTestDb(kind);

  it("are lower-cased, 3–30 of a–z, 0–9 and single hyphens, and not reserved", async () => {
    const user = await createTestUser(t.db, "Sana Iqbal");
    await expect(changeHandle(t.db, user.userId, { handle: "  Sana-Iqbal " })).resolves.toEqual({ handle: "sana-iqbal" });
    expect(await loadPublicProfile(t.db, { handle: "sana-iqbal" })).toMatchObject({ id: user.userId });
    expect(await fieldKey(changeHandle(t.db, user.userId, { handle: "ab" }))).toEqual({
      code: "BAD_INPUT",
      key: "profiles:errors.handleLength",
    });
    expect(await fieldKey(changeHandle(t.db, user.userId, { handle: "x".repeat(31) }))).toMatchObject({
      key: "profiles:errors.handleLength",
    });
    expect(await fieldKey(changeHandle(t.db, user.userId, { handle: "x".repeat(100_000) }))).toMatchObject({
      key: "profiles:errors.handleLength",
    });
    for (const bad of ["sana_iqbal", "sana--iqbal", "-sana", "sana.iqbal", "ثنا", "sana iqbal"]) {
      expect(await fieldKey(changeHandle(t.db, user.userId, { handle: bad }))).toMatchObject({ key: "profiles:errors.handleCharacters" });
    }
    for (const reserved of ["admin", "API", "login", "gigs", "orders", "u", "users"]) {
      expect(await fieldKey(changeHandle(t.db, user.userId, { handle: reserved }))).toMatchObject({
        key: "profiles:errors.handleReserved",
      });
    }
    expect(await fieldKey(changeHandle(t.db, user.userId, { handle: 42 }))).toMatchObject({ code: "BAD_INPUT" });
    // Nothing refused changed the handle.
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).handle).toBe("sana-iqbal");
  });

  it("taken by someone else is refused; the old address stops answering", async () => {
    const first = await createTestUser(t.db, "Hamza Ali");
    const second = await createTestUser(t.db, "Hamza Khan");
    await changeHandle(t.db, first.userId, { handle: "hamza" });
    expect(await fieldKey(changeHandle(t.db, second.userId, { handle: "HAMZA" }))).toEqual({
      code: "CONFLICT",
      key: "profiles:errors.handleTaken",
    });
    await changeHandle(t.db, first.userId, { handle: "hamza-ali" });
    expect(await loadPublicProfile(t.db, { handle: "hamza" })).toBeNull();
    // Released, it can be claimed again.
    await expect(changeHandle(t.db, second.userId, { handle: "hamza" })).resolves.toEqual({ handle: "hamza" });
  });

  it.runIf(kind === "postgres")("claimed by two people at once goes to exactly one", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => createTestUser(t.db, `Racer ${i}`)));
    const results = await Promise.allSettled(people.map((person) => changeHandle(t.db, person.userId, { handle: "the-one" })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect(result.reason).toMatchObject({ code: "CONFLICT", fields: { handle: { key: "profiles:errors.handleTaken" } } });
    }
    expect(await t.db.user.count({ where: { handle: "the-one" } })).toBe(1);
  });
});
