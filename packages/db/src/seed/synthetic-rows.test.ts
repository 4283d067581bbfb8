import { describe, expect, it } from "vitest";
import { createRandom, syntheticGig } from "./synthetic-rows.ts";
import { SERVICES } from "./synthetic-words.ts";

const refs = {
  freelancerIds: ["f1", "f2"],
  categoryIds: new Map(SERVICES.map((s) => [s.category, `cat-${s.category}`])),
  tagIds: new Map<string, string>(),
};

describe("synthetic rows", () => {
  it("are reproducible from the seed", () => {
    const a = syntheticGig(createRandom(42), "g1", "s1", refs);
    const b = syntheticGig(createRandom(42), "g1", "s1", refs);
    expect({ ...a.gig, publishedAt: null, createdAt: null, updatedAt: null }).toEqual({
      ...b.gig,
      publishedAt: null,
      createdAt: null,
      updatedAt: null,
    });
  });

  it("price packages in whole rupees, cheapest first", () => {
    const random = createRandom(7);
    for (let i = 0; i < 500; i += 1) {
      const { gig, packages } = syntheticGig(random, `g${i}`, `s${i}`, refs);
      const prices = packages.map((p) => p.pricePaisa);
      expect(prices.every((p) => p > 0 && p % 100 === 0)).toBe(true);
      expect(prices).toEqual([...prices].sort((x, y) => x - y));
      expect(gig.startingPricePaisa).toBe(prices[0]);
    }
  });
});
