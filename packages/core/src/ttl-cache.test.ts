import { describe, expect, it } from "vitest";
import { cached } from "./ttl-cache.ts";

const TTL_MS = 30_000;

/** A database stand-in whose loads the test settles by hand, on a clock the test moves. */
function setup() {
  const clock = { now: 0 };
  const loads: { args: unknown[]; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = (_db: object, ...args: unknown[]) =>
    new Promise<string>((resolve, reject) => {
      loads.push({ args, resolve, reject });
    });
  const cachedLoad = cached(load, { ttlMs: TTL_MS, now: () => clock.now });
  return { clock, loads, cachedLoad };
}

describe("cached", () => {
  it("lets concurrent misses share one load", async () => {
    const { loads, cachedLoad } = setup();
    const db = {};
    const first = cachedLoad(db, 8);
    const second = cachedLoad(db, 8);
    expect(loads).toHaveLength(1);
    loads[0]?.resolve("gigs");
    expect(await first).toBe("gigs");
    expect(await second).toBe("gigs");
  });

  it("serves the loaded value until the TTL has passed, then loads again", async () => {
    const { clock, loads, cachedLoad } = setup();
    const db = {};
    const pending = cachedLoad(db);
    loads[0]?.resolve("v1");
    await pending;

    clock.now = TTL_MS - 1;
    expect(await cachedLoad(db)).toBe("v1");
    expect(loads).toHaveLength(1);

    clock.now = TTL_MS;
    const refreshing = cachedLoad(db);
    const alsoRefreshing = cachedLoad(db);
    expect(loads).toHaveLength(2);
    loads[1]?.resolve("v2");
    expect(await refreshing).toBe("v2");
    expect(await alsoRefreshing).toBe("v2");
  });

  it("counts the TTL from when the load finished, not when it started", async () => {
    const { clock, loads, cachedLoad } = setup();
    const db = {};
    const pending = cachedLoad(db);
    clock.now = TTL_MS + 5;
    // Still loading: a caller arriving now joins the running load.
    const joined = cachedLoad(db);
    expect(loads).toHaveLength(1);
    loads[0]?.resolve("slow");
    expect(await pending).toBe("slow");
    expect(await joined).toBe("slow");
    clock.now = 2 * TTL_MS;
    expect(await cachedLoad(db)).toBe("slow");
    expect(loads).toHaveLength(1);
  });

  it("forgets a failed load so the next caller retries", async () => {
    const { loads, cachedLoad } = setup();
    const db = {};
    const failing = cachedLoad(db);
    const sharing = cachedLoad(db);
    expect(loads).toHaveLength(1);
    loads[0]?.reject(new Error("database down"));
    await expect(failing).rejects.toThrow("database down");
    await expect(sharing).rejects.toThrow("database down");

    const retry = cachedLoad(db);
    expect(loads).toHaveLength(2);
    loads[1]?.resolve("back");
    expect(await retry).toBe("back");
  });

  it("keeps databases and arguments apart", async () => {
    const { loads, cachedLoad } = setup();
    const pglite = {};
    const postgres = {};
    const results = [cachedLoad(pglite, 8), cachedLoad(postgres, 8), cachedLoad(pglite, 4)];
    expect(loads.map((load) => load.args)).toEqual([[8], [8], [4]]);
    loads.forEach((load, index) => load.resolve(`load ${index}`));
    expect(await Promise.all(results)).toEqual(["load 0", "load 1", "load 2"]);
    expect(await cachedLoad(postgres, 8)).toBe("load 1");
    expect(loads).toHaveLength(3);
  });
});

describe("cached with a size limit", () => {
  it("forgets the oldest loaded arguments first, and loads them again when asked", async () => {
    let loads = 0;
    const cachedLoad = cached(
      (_db: object, id: string) => {
        loads += 1;
        return Promise.resolve(`card ${id}`);
      },
      { ttlMs: TTL_MS, now: () => 0, maxEntries: 2 },
    );
    const db = {};
    expect(await cachedLoad(db, "a")).toBe("card a");
    await cachedLoad(db, "b");
    expect(loads).toBe(2);
    await cachedLoad(db, "c");
    await cachedLoad(db, "b");
    await cachedLoad(db, "c");
    expect(loads).toBe(3);
    expect(await cachedLoad(db, "a")).toBe("card a");
    expect(loads).toBe(4);
  });
});
