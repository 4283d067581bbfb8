import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDbEnv } from "../env.ts";

afterEach(() => {
  vi.resetModules();
});

// A fresh module each time: the "skipped" notice is printed once per process.
async function kindsFor(source: Record<string, string>) {
  vi.resetModules();
  const { testDbKinds } = await import("./test-db.ts");
  return () => testDbKinds(parseDbEnv(source));
}

describe("testDbKinds", () => {
  it("runs on PGlite and PostgreSQL when TEST_DATABASE_URL is set", async () => {
    const kinds = await kindsFor({ TEST_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres", CI: "true" });
    expect(kinds()).toEqual(["pglite", "postgres"]);
  });

  it("says once, outside CI, that the PostgreSQL tests are skipped and why", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const kinds = await kindsFor({});
    expect(kinds()).toEqual(["pglite"]);
    expect(kinds()).toEqual(["pglite"]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/PostgreSQL integration tests skipped: TEST_DATABASE_URL is not set/);
  });

  it("fails in CI rather than silently skipping PostgreSQL", async () => {
    const kinds = await kindsFor({ CI: "true" });
    expect(kinds).toThrow(/CI=true but TEST_DATABASE_URL is not set/);
  });
});
