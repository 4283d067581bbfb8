import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { TestBrowser, rejection } from "../testing/test-browser.ts";

describe.each(testDbKinds())("catalog on %s", (kind) => {
  let testDb: TestDb;
  let visitor: TestBrowser;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    visitor = new TestBrowser(testDb.db, createAuthLimiter({ redis: null }), { origin: null });
    const db = testDb.db;
    const design = await db.category.create({
      data: { slug: "graphic-design", nameEn: "Graphic design", nameUr: "گرافک ڈیزائن", sortOrder: 1 },
    });
    const web = await db.category.create({
      data: { slug: "web-development", nameEn: "Web development", nameUr: "ویب ڈویلپمنٹ", sortOrder: 0 },
    });
    await db.category.create({
      data: { slug: "logo-design", nameEn: "Logo design", nameUr: "لوگو ڈیزائن", parentId: design.id, sortOrder: 1 },
    });
    await db.category.create({
      data: { slug: "social-media-design", nameEn: "Social media design", nameUr: "سوشل میڈیا ڈیزائن", parentId: design.id, sortOrder: 0 },
    });

    const freelancer = await db.user.create({
      data: { email: "sana@example.pk", passwordHash: "x", displayName: "Sana Malik", profile: { create: { city: "Lahore" } } },
    });
    const gig = (slug: string, data: Record<string, unknown>) =>
      db.gig.create({
        data: { slug, freelancerId: freelancer.id, categoryId: design.id, titleEn: slug, titleUr: `ٹائٹل ${slug}`, ...data },
      });
    await gig("busy-logo", {
      status: "PUBLISHED",
      ordersCompleted: 40,
      ratingSum: 190,
      ratingCount: 40,
      startingPricePaisa: 500_000,
      publishedAt: new Date("2026-01-01"),
    });
    await gig("new-logo", { status: "PUBLISHED", publishedAt: new Date("2026-02-01"), categoryId: web.id });
    await gig("draft-logo", { status: "DRAFT", ordersCompleted: 99 });
    await gig("rejected-logo", { status: "REJECTED", ordersCompleted: 98 });
  });
  afterAll(() => testDb.close());

  it("returns the bilingual category tree with siblings in editorial order", async () => {
    const tree = await visitor.call((api) => api.catalog.categories());
    expect(tree.map((c) => c.slug)).toEqual(["web-development", "graphic-design"]);
    expect(tree[1]?.nameUr).toBe("گرافک ڈیزائن");
    expect(tree[1]?.children.map((c) => c.slug)).toEqual(["social-media-design", "logo-design"]);
    expect(tree[0]?.children).toEqual([]);
  });

  it("lists only published gigs, most ordered first, with what a card needs", async () => {
    const gigs = await visitor.call((api) => api.catalog.popularGigs({ limit: 8 }));
    expect(gigs.map((g) => g.slug)).toEqual(["busy-logo", "new-logo"]);
    expect(gigs[0]).toMatchObject({
      startingPricePaisa: 500_000,
      rating: 4.8,
      ratingCount: 40,
      category: { slug: "graphic-design", nameUr: "گرافک ڈیزائن" },
      freelancer: { displayName: "Sana Malik", city: "Lahore" },
      image: null,
    });
    expect(gigs[1]?.rating).toBeNull();
    expect(JSON.stringify(gigs)).not.toContain("passwordHash");
  });

  it("defaults the limit and refuses an absurd one with a localised error", async () => {
    expect(await visitor.call((api) => api.catalog.popularGigs())).toHaveLength(2);
    expect(await visitor.call((api) => api.catalog.popularGigs({ limit: 1 }))).toHaveLength(1);
    const error = await rejection(visitor.call((api) => api.catalog.popularGigs({ limit: 10_000 })));
    expect(describeError(error, "en")).toMatchObject({ status: 400, fieldErrors: { limit: "Must be at most 24." } });
  });
});
