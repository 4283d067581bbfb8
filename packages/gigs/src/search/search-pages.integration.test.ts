import { seedCategories } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { searchGigs } from "./search-gigs.ts";
import { parseSearchParams } from "./search-params.ts";
import { createGig, createSeller, type GigFixture } from "./testing/search-fixtures.ts";

const DAY = 24 * 60 * 60 * 1000;
// Repeated prices, ratings and dates on purpose: ties must be broken the same way on every page.
const PRICES = [2_000, 2_000, 3_500, 5_000, 5_000, 5_000, 8_000, 12_000, 2_000, 40_000, 3_500, 9_000, 15_000, 5_000];
const RATINGS = [null, 5, 4, 4, null, 3, 5, 4.5, null, 4, 5, 2, null, 4];
const AGES = [1, 1, 3, 7, 7, 30, 30, 30, 90, 120, 200, 300, 300, 365];

const QUERIES: Record<string, string>[] = [
  { sort: "relevance" },
  { sort: "relevance", q: "data entry" },
  { sort: "relevance", q: "ڈیٹا انٹری" },
  { sort: "price_asc" },
  { sort: "price_desc" },
  { sort: "rating" },
  { sort: "newest" },
  { sort: "price_asc", q: "excel", days: "5" },
];

describe.each(testDbKinds())("search pages on %s", (kind) => {
  const t = useTestDb(kind);
  let fixture: (n: number, age: number) => GigFixture;
  let inserted = 0;

  beforeAll(async () => {
    const categories = await seedCategories(t.db);
    const categoryId = categories.get("data-entry") ?? "";
    const sellers = [
      await createSeller(t.db, { name: "Hira Butt", city: "Multan", languages: ["ur"] }),
      await createSeller(t.db, { name: "Kashif Raza", city: "Sialkot", languages: ["ur", "en"] }),
    ];
    fixture = (n, age) => {
      const rating = RATINGS[n % RATINGS.length] ?? null;
      return {
        freelancerId: sellers[n % 2] ?? "",
        categoryId,
        titleEn: n % 3 === 0 ? `Fast data entry in Excel, batch ${n}` : `Accurate data entry and typing ${n}`,
        titleUr: "ایکسل میں درست ڈیٹا انٹری",
        tags: n % 2 === 0 ? ["data entry", "excel"] : ["data entry"],
        packages: [{ rupees: PRICES[n % PRICES.length] ?? 1_000, days: 1 + (n % 7) }],
        ...(rating === null ? {} : { rating: { average: rating, count: 1 + (n % 5) * 10 } }),
        publishedAt: new Date(Date.now() - age * DAY),
      };
    };
    for (let n = 0; n < PRICES.length; n++) await createGig(t.db, fixture(n, AGES[n] ?? 0));
  });

  async function page(query: Record<string, string>, cursor?: string) {
    return searchGigs(t.db, parseSearchParams({ ...query, category: "data-entry", ...(cursor ? { cursor } : {}) }));
  }

  /** Walks every page of `limit` results, calling `between` after each page is read. */
  async function walk(query: Record<string, string>, limit: number, between?: () => Promise<void>) {
    const seen: string[] = [];
    const totals = new Set<number>();
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const result = await page({ ...query, limit: String(limit) }, cursor);
      seen.push(...result.items.map((i) => i.id));
      totals.add(result.total);
      // Every page reports the count the first page found.
      expect([...totals]).toHaveLength(1);
      if (!result.nextCursor) return seen;
      cursor = result.nextCursor;
      await between?.();
    }
    throw new Error("pagination did not end");
  }

  it.each(QUERIES)("pages of %o add up to the one long page, in order", async (query) => {
    const all = (await page({ ...query, limit: "50" })).items.map((i) => i.id);
    expect(all.length).toBeGreaterThan(3);
    expect(await walk(query, 3)).toEqual(all);
    expect(await walk(query, 1)).toEqual(all);
  });

  it.each(QUERIES)("pages of %o stay stable while gigs are inserted between fetches", async (query) => {
    const before = (await page({ ...query, limit: "50" })).items.map((i) => i.id);
    let fetches = 0;
    const seen = await walk(query, 3, async () => {
      // While the first pages are read: a gig that sorts first and one that sorts anywhere, for
      // every order (newest, cheapest, dearest, best and least rated land on both sides of the
      // cursor). Later pages are read undisturbed so the walk ends.
      fetches += 1;
      if (fetches > 3) return;
      for (const age of [0, 10 * inserted + 5]) {
        await createGig(t.db, fixture(inserted * 5 + 3, age));
        inserted += 1;
      }
    });
    expect(inserted).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    // No gaps, and the rows that existed keep their relative order.
    expect(seen.filter((id) => before.includes(id))).toEqual(before);
  });
});
