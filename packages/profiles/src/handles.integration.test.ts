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

/** The handle the person has now, sent back as the form would, with the new one. */
function changer(t: { db: Parameters<typeof changeHandle>[0] }) {
  const current = async (userId: string) => (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).handle;
  const change = async (userId: string, handle: unknown) => changeHandle(t.db, userId, { handle, previous: await current(userId) });
  return { current, change };
}

describe.each(testDbKinds())("handles on %s", (kind) => {
  const t = useTestDb(kind);
  const { current, change } = changer(t);

  it("are lower-cased, 3–30 of a–z, 0–9 and single hyphens, and not reserved", async () => {
    const user = await createTestUser(t.db, "Sana Iqbal");
    await expect(change(user.userId, "  Sana-Iqbal ")).resolves.toEqual({ handle: "sana-iqbal" });
    expect(await loadPublicProfile(t.db, { handle: "sana-iqbal" })).toMatchObject({ id: user.userId });
    expect(await fieldKey(change(user.userId, "ab"))).toEqual({
      code: "BAD_INPUT",
      key: "profiles:errors.handleLength",
    });
    expect(await fieldKey(change(user.userId, "x".repeat(31)))).toMatchObject({
      key: "profiles:errors.handleLength",
    });
    expect(await fieldKey(change(user.userId, "x".repeat(100_000)))).toMatchObject({
      key: "profiles:errors.handleLength",
    });
    for (const bad of ["sana_iqbal", "sana--iqbal", "-sana", "sana.iqbal", "ثنا", "sana iqbal"]) {
      expect(await fieldKey(change(user.userId, bad))).toMatchObject({ key: "profiles:errors.handleCharacters" });
    }
    for (const reserved of ["admin", "API", "login", "gigs", "orders", "u", "users"]) {
      expect(await fieldKey(change(user.userId, reserved))).toMatchObject({
        key: "profiles:errors.handleReserved",
      });
    }
    expect(await fieldKey(change(user.userId, 42))).toMatchObject({ code: "BAD_INPUT" });
    // Nothing refused changed the handle.
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).handle).toBe("sana-iqbal");
  });

  it("taken by someone else is refused; the old address stops answering", async () => {
    const first = await createTestUser(t.db, "Hamza Ali");
    const second = await createTestUser(t.db, "Hamza Khan");
    await change(first.userId, "hamza");
    expect(await fieldKey(change(second.userId, "HAMZA"))).toEqual({
      code: "CONFLICT",
      key: "profiles:errors.handleTaken",
    });
    await change(first.userId, "hamza-ali");
    expect(await loadPublicProfile(t.db, { handle: "hamza" })).toBeNull();
    // Released, it can be claimed again.
    await expect(change(second.userId, "hamza")).resolves.toEqual({ handle: "hamza" });
  });

  it("changes nothing when the form showed another handle than the current one", async () => {
    const user = await createTestUser(t.db, "Stale Tab");
    await expect(changeHandle(t.db, user.userId, { handle: "fresh-name", previous: "something-else" })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { handle: { key: "profiles:errors.handleChanged" } },
    });
    await expect(changeHandle(t.db, user.userId, { handle: "fresh-name" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await current(user.userId)).toBe(user.handle);
  });
});

// PGlite has one connection, so transactions there never overlap: the race needs PostgreSQL.
describe.runIf(testDbKinds().includes("postgres"))("handles claimed at once on PostgreSQL", () => {
  const t = useTestDb("postgres");
  const { change } = changer(t);

  it("claimed by two people at once goes to exactly one", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => createTestUser(t.db, `Racer ${i}`)));
    const results = await Promise.allSettled(people.map((person) => change(person.userId, "the-one")));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect(result.reason).toMatchObject({ code: "CONFLICT", fields: { handle: { key: "profiles:errors.handleTaken" } } });
    }
    expect(await t.db.user.count({ where: { handle: "the-one" } })).toBe(1);
  });
});
