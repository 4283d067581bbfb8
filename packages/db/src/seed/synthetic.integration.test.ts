import { describe, expect, it } from "vitest";
import { testDbKinds } from "../testing/test-db.ts";
import { useTestDb } from "../testing/use-test-db.ts";
import { generateSynthetic } from "./synthetic.ts";

describe.each(testDbKinds())("synthetic generator on %s", (kind) => {
  const t = useTestDb(kind);

  it("refuses to write gigs when nobody could own them", async () => {
    await expect(generateSynthetic(t.db, { users: 0, gigs: 5 })).rejects.toThrow(/--users/);
    expect(await t.db.gig.count()).toBe(0);
  });

  it("writes the asked-for users and published bilingual gigs in batches", async () => {
    const started = new Date();
    // A batch size that does not divide the counts exercises the last, partial batch.
    const result = await generateSynthetic(t.db, { users: 30, gigs: 200, batchSize: 64 });
    expect(await t.db.user.count()).toBe(30);
    expect(await t.db.profile.count()).toBe(30);

    const gigs = await t.db.gig.findMany({ include: { packages: true, tags: true } });
    expect(gigs).toHaveLength(200);
    expect(result.packages).toBe(gigs.reduce((n, g) => n + g.packages.length, 0));
    for (const gig of gigs) {
      expect(gig.status).toBe("PUBLISHED");
      expect(gig.titleUr).toMatch(/[\u0600-\u06FF]/);
      expect(gig.titleEn).toBeTruthy();
      expect(gig.packages.length).toBeGreaterThanOrEqual(1);
      expect(gig.packages.length).toBeLessThanOrEqual(3);
      expect(gig.startingPricePaisa).toBe(Math.min(...gig.packages.map((p) => p.pricePaisa)));
      expect(gig.packages.every((p) => p.featuresEn.length > 0 && p.featuresUr.length > 0)).toBe(true);
      expect(gig.tags.length).toBeGreaterThan(0);
      expect(gig.publishedAt?.getTime()).toBeLessThanOrEqual(started.getTime() + 60_000);
    }
    // Roman Urdu titles, as people type them.
    expect(gigs.some((g) => /\b(bnana|krna|likhna|din mein)\b/.test(g.titleEn ?? ""))).toBe(true);
    const owners = await t.db.user.findMany({
      where: { id: { in: gigs.map((g) => g.freelancerId) } },
    });
    expect(owners.every((u) => u.intent !== "HIRE")).toBe(true);
  });

  it("appends on a second run instead of colliding with the first", async () => {
    await generateSynthetic(t.db, { users: 0, gigs: 10 });
    expect(await t.db.gig.count()).toBe(210);
    expect(await t.db.user.count()).toBe(30);
  });
});
