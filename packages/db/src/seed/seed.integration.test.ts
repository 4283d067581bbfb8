import { describe, expect, it } from "vitest";
import type { Db } from "../client.ts";
import { testDbKinds } from "../testing/test-db.ts";
import { useTestDb } from "../testing/use-test-db.ts";
import { CATEGORY_TREE } from "./category-tree.ts";
import { DEMO_LOGINS } from "./demo-credentials.ts";
import { seedCategories } from "./categories.ts";
import { seedDemo } from "./seed-demo.ts";

const seed = (db: Db, passwordHash: string) => db.$transaction((tx) => seedDemo(tx, { passwordHash }), { timeout: 120_000 });

/** Every row the seed writes, in a stable order, to prove a re-run leaves them byte for byte. */
async function snapshot(db: Db) {
  return {
    users: await db.user.findMany({ orderBy: { email: "asc" } }),
    profiles: await db.profile.findMany({ orderBy: { userId: "asc" } }),
    categories: await db.category.findMany({ orderBy: { slug: "asc" } }),
    fees: await db.feeSchedule.findMany({ orderBy: { version: "asc" } }),
    gigs: await db.gig.findMany({ orderBy: { slug: "asc" } }),
    packages: await db.gigPackage.findMany({ orderBy: { id: "asc" } }),
    extras: await db.gigExtra.count(),
    faqs: await db.gigFaq.count(),
    tags: await db.tag.findMany({ orderBy: { slug: "asc" } }),
    gigTags: await db.gigTag.count(),
    orders: await db.order.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.delivery.count(),
    reviews: await db.review.findMany({ orderBy: { id: "asc" } }),
    jobs: await db.job.findMany({ orderBy: { id: "asc" } }),
  };
}

describe.each(testDbKinds())("demo seed on %s", (kind) => {
  const t = useTestDb(kind);

  it("writes the demo marketplace, and a second run creates and changes nothing", async () => {
    const first = await seed(t.db, "hash-from-first-run");
    expect(first.users).toBe(31);
    expect(first.gigs).toBeGreaterThanOrEqual(20);
    const before = await snapshot(t.db);

    // A different hash proves existing accounts (and their passwords) are left alone.
    const second = await seed(t.db, "hash-from-second-run");
    expect(second).toEqual({ categories: 0, users: 0, gigs: 0, orders: 0, jobs: 0 });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("stores every category in both languages, as a tree", async () => {
    const categories = await t.db.category.findMany({ include: { children: true } });
    const roots = categories.filter((c) => c.parentId === null);
    expect(roots.map((r) => r.slug).sort()).toEqual(CATEGORY_TREE.map((r) => r.slug).sort());
    for (const category of categories) {
      expect(category.nameUr).toMatch(/[\u0600-\u06FF]/);
      expect(category.nameEn).toMatch(/^[\x20-\x7E↔]+$/);
    }
    for (const root of roots) expect(root.children.length).toBeGreaterThanOrEqual(2);
  });

  it("has the demo logins, two admins, and people across Pakistani cities", async () => {
    const admins = await t.db.user.findMany({ where: { isAdmin: true }, select: { email: true }, orderBy: { email: "asc" } });
    expect(admins).toEqual([{ email: DEMO_LOGINS.admin }, { email: DEMO_LOGINS.appealsAdmin }]);
    const logins = await t.db.user.count({ where: { email: { in: Object.values(DEMO_LOGINS) } } });
    expect(logins).toBe(4);
    const cities = await t.db.profile.groupBy({ by: ["city"] });
    expect(cities.length).toBeGreaterThanOrEqual(10);
  });

  it("publishes bilingual gigs priced in paisa whose ratings match their reviews", async () => {
    const gigs = await t.db.gig.findMany({ include: { packages: true, reviews: true } });
    for (const gig of gigs) {
      expect(gig.status).toBe("PUBLISHED");
      expect(gig.titleUr).toMatch(/[\u0600-\u06FF]/);
      expect(gig.titleEn).toBeTruthy();
      expect(gig.packages.length).toBeGreaterThanOrEqual(1);
      expect(gig.packages.length).toBeLessThanOrEqual(3);
      expect(gig.packages.every((p) => p.pricePaisa % 100 === 0)).toBe(true);
      expect(gig.startingPricePaisa).toBe(Math.min(...gig.packages.map((p) => p.pricePaisa)));
      expect(gig.ratingCount).toBe(gig.reviews.length);
      expect(gig.ratingSum).toBe(gig.reviews.reduce((sum, r) => sum + r.rating, 0));
    }
    expect(gigs.filter((g) => g.ratingCount > 0).length).toBeGreaterThan(10);
  });

  it("keeps category names in step with the code but never moves their ids", async () => {
    const logo = await t.db.category.update({
      where: { slug: "logo-design" },
      data: { nameEn: "Logos (old name)" },
    });
    const ids = await seedCategories(t.db);
    const after = await t.db.category.findUniqueOrThrow({ where: { slug: "logo-design" } });
    expect(after.nameEn).toBe("Logo Design");
    expect(ids.get("logo-design")).toBe(logo.id);
  });
});
