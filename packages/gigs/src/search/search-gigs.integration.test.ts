import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { seedCategories } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { searchGigs } from "./search-gigs.ts";
import { parseSearchParams } from "./search-params.ts";
import { normaliseSearchText } from "./search-terms.ts";
import { createGig, createSeller } from "./testing/search-fixtures.ts";

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

async function search(db: Db, query: Record<string, string>) {
  return searchGigs(db, parseSearchParams(query));
}

async function ids(db: Db, query: Record<string, string>): Promise<string[]> {
  return (await search(db, { limit: "50", ...query })).items.map((i) => i.id);
}

type GigName =
  | "logoEn"
  | "logoRoman"
  | "logoUrdu"
  | "menuKit"
  | "website"
  | "translationTop"
  | "translationNew"
  | "DRAFT"
  | "PENDING_REVIEW"
  | "PAUSED"
  | "REJECTED";

describe.each(testDbKinds())("searchGigs on %s", (kind) => {
  const t = useTestDb(kind);
  const gig = {} as Record<GigName, string>;
  const seller = {} as Record<"ayesha" | "bilal" | "sana", string>;
  let categories: Map<string, string>;

  beforeAll(async () => {
    const db = t.db;
    categories = await seedCategories(db);
    const cat = (slug: string) => categories.get(slug) ?? "";
    const ayesha = await createSeller(db, { name: "Ayesha Khan", city: "Lahore", languages: ["ur", "en"] });
    const bilal = await createSeller(db, { name: "Bilal Ahmed", city: "Karachi", languages: ["ur"] });
    const sana = await createSeller(db, { name: "Sana Malik", city: "Islamabad", languages: ["en", "pa"] });
    Object.assign(seller, { ayesha, bilal, sana });

    gig.logoEn = await createGig(db, {
      freelancerId: ayesha,
      categoryId: cat("logo-design"),
      titleEn: "I will do professional logo design for your business",
      titleUr: "میں آپ کے کاروبار کے لیے جدید لوگو بناؤں گی",
      tags: ["logo", "branding"],
      packages: [
        { rupees: 5_000, days: 3 },
        { rupees: 12_000, days: 5 },
      ],
      rating: { average: 4.8, count: 50 },
      publishedAt: daysAgo(30),
      imageKey: "gig/logo-en.webp",
    });
    gig.logoRoman = await createGig(db, {
      freelancerId: bilal,
      categoryId: cat("logo-design"),
      titleEn: "logo bnana professional, 2 din mein",
      tags: ["logo bnana"],
      packages: [{ rupees: 3_000, days: 2 }],
      publishedAt: daysAgo(10),
    });
    gig.logoUrdu = await createGig(db, {
      freelancerId: sana,
      categoryId: cat("logo-design"),
      titleUr: "لوگو ڈیزائن، سستا اور معیاری",
      descriptionEn: null,
      descriptionUr: "آپ کے برانڈ کے لیے خوبصورت نشان۔",
      tags: ["لوگو"],
      packages: [{ rupees: 8_000, days: 5 }],
      rating: { average: 4, count: 10 },
      publishedAt: daysAgo(60),
    });
    gig.menuKit = await createGig(db, {
      freelancerId: bilal,
      categoryId: cat("brand-identity"),
      titleEn: "Complete brand kit for your restaurant",
      descriptionEn: "We design your menu card, colours and a fresh logo.",
      tags: ["menu card"],
      packages: [{ rupees: 20_000, days: 6 }],
      publishedAt: daysAgo(5),
    });
    gig.website = await createGig(db, {
      freelancerId: ayesha,
      categoryId: cat("website-development"),
      titleEn: "I will build a fast business website",
      titleUr: "تیز رفتار کاروباری ویب سائٹ",
      tags: ["website", "website bnana"],
      packages: [{ rupees: 40_000, days: 10 }],
      rating: { average: 5, count: 3 },
      publishedAt: daysAgo(2),
    });
    gig.translationTop = await createGig(db, {
      freelancerId: sana,
      categoryId: cat("urdu-english-translation"),
      titleEn: "Urdu to English translation",
      titleUr: "اردو سے انگریزی ترجمہ",
      tags: ["tarjuma"],
      packages: [{ rupees: 2_000, days: 1 }],
      rating: { average: 5, count: 120 },
      publishedAt: daysAgo(90),
    });
    gig.translationNew = await createGig(db, {
      freelancerId: bilal,
      categoryId: cat("urdu-english-translation"),
      titleEn: "Urdu to English translation",
      titleUr: "اردو سے انگریزی ترجمہ",
      tags: ["tarjuma"],
      packages: [{ rupees: 2_000, days: 1 }],
      publishedAt: daysAgo(90),
    });
    for (const status of ["DRAFT", "PENDING_REVIEW", "PAUSED", "REJECTED"] as const) {
      gig[status] = await createGig(db, {
        freelancerId: ayesha,
        categoryId: cat("logo-design"),
        titleEn: `logo design ${status.toLowerCase()}`,
        titleUr: "لوگو ڈیزائن",
        tags: ["logo", "logo bnana"],
        status,
      });
    }
  });

  describe("relevance", () => {
    it("finds logo gigs from English, Urdu and Roman Urdu queries, the same-script title first", async () => {
      const logoGigs = [gig.logoEn, gig.logoRoman, gig.logoUrdu];
      for (const [q, first] of [
        ["logo design", gig.logoEn],
        ["لوگو ڈیزائن", gig.logoUrdu],
        ["logo bnana", gig.logoRoman],
      ] as const) {
        const found = await ids(t.db, { q });
        expect(found[0], q).toBe(first);
        expect(new Set(found.slice(0, 3)), q).toEqual(new Set(logoGigs));
        expect(found, q).not.toContain(gig.website);
        expect(found, q).not.toContain(gig.translationTop);
      }
    });

    it("ranks title matches above a match in the description only", async () => {
      const found = await ids(t.db, { q: "logo design" });
      expect(found).toContain(gig.menuKit);
      expect(found.indexOf(gig.menuKit)).toBeGreaterThan(2);
    });

    it("ranks a title in the other script above a mention in the searcher's own script's description", async () => {
      const found = await ids(t.db, { q: "logo" });
      expect(found.indexOf(gig.logoUrdu)).toBeLessThan(found.indexOf(gig.menuKit));
      const urdu = await ids(t.db, { q: "لوگو" });
      expect(urdu.indexOf(gig.logoRoman)).toBeLessThan(urdu.indexOf(gig.menuKit));
    });

    it("tolerates misspellings and Roman Urdu spelling variants", async () => {
      expect(new Set((await ids(t.db, { q: "logo desgin" })).slice(0, 3))).toEqual(new Set([gig.logoEn, gig.logoRoman, gig.logoUrdu]));
      expect(await ids(t.db, { q: "logo bnaana" })).toContain(gig.logoRoman);
      // Urdu without the hamza: ڈیزاین for ڈیزائن.
      expect(await ids(t.db, { q: "لوگو ڈیزاین" })).toContain(gig.logoUrdu);
      expect(await ids(t.db, { q: "logo banana" })).toContain(gig.logoRoman);
      expect(await ids(t.db, { q: "tarjama" })).toEqual(expect.arrayContaining([gig.translationTop, gig.translationNew]));
    });

    it("reads Arabic letter forms and diacritics as the Urdu spelling", async () => {
      // Arabic heh (ه) for Urdu heh goal (ہ), as Arabic keyboards type it.
      expect(await ids(t.db, { q: "ترجمه" })).toEqual(expect.arrayContaining([gig.translationTop, gig.translationNew]));
      // Kasra under the lam.
      expect(await ids(t.db, { q: "لِوگو" })).toContain(gig.logoUrdu);
    });

    it("puts the better-rated gig first when the text matches equally", async () => {
      const found = await ids(t.db, { q: "translation" });
      expect(found.slice(0, 2)).toEqual([gig.translationTop, gig.translationNew]);
    });

    it("without a query orders by rating and recency", async () => {
      const found = await ids(t.db, {});
      const boosts = await t.db.gig.findMany({
        where: { id: { in: found } },
        select: { id: true, searchBoost: true },
      });
      const expected = [...boosts].sort((a, b) => b.searchBoost - a.searchBoost || (a.id < b.id ? 1 : -1));
      expect(found).toEqual(expected.map((g) => g.id));
    });
  });

  describe("search document", () => {
    it("follows tag changes: added, renamed and removed tags", async () => {
      expect(await ids(t.db, { q: "naqsha" })).not.toContain(gig.website);
      const tag = await t.db.tag.create({ data: { slug: "naqsha", label: "naqsha" } });
      await t.db.gigTag.create({ data: { gigId: gig.website, tagId: tag.id } });
      expect(await ids(t.db, { q: "naqsha" })).toEqual([gig.website]);

      await t.db.tag.update({ where: { id: tag.id }, data: { label: "نقشہ" } });
      expect(await ids(t.db, { q: "naqsha" })).toEqual([]);
      expect(await ids(t.db, { q: "نقشہ" })).toEqual([gig.website]);

      await t.db.gigTag.delete({ where: { gigId_tagId: { gigId: gig.website, tagId: tag.id } } });
      expect(await ids(t.db, { q: "نقشہ" })).toEqual([]);
    });

    it("follows title edits", async () => {
      await t.db.gig.update({ where: { id: gig.menuKit }, data: { titleEn: "Complete brand kit and sign board for your restaurant" } });
      expect(await ids(t.db, { q: "sign board" })).toEqual([gig.menuKit]);
      await t.db.gig.update({ where: { id: gig.menuKit }, data: { titleEn: "Complete brand kit for your restaurant" } });
      expect(await ids(t.db, { q: "sign board" })).toEqual([]);
    });
  });

  describe("query spelling", () => {
    it("normalises a query exactly as the database normalises documents", async () => {
      const samples = ["LOGO Design", "ترجمه كتاب علي", "لِوگو ڈیـــزائن\u200c ۲۰۲۵ ٣", "بناو\u0654ں", "\uFEFB", "Ünïcödé ﬁle"];
      for (const sample of samples) {
        const [row] = await t.db.$queryRaw<{ normalised: string }[]>`SELECT gig_search_normalise(${sample}) AS normalised`;
        expect(normaliseSearchText(sample), sample).toBe(row?.normalised);
      }
    });
  });

  describe("result cards", () => {
    it("carry what a card shows, with the count of all matches", async () => {
      const result = await search(t.db, { q: "logo design", limit: "1" });
      expect(result.total).toBe(4);
      const [card] = result.items;
      expect(result.items).toHaveLength(1);
      expect(card?.slug).toMatch(/^gig-/);
      expect(card?.sellerHandle).toMatch(/^ayesha-khan-\d+-\d+$/);
      expect({ ...card, slug: undefined, sellerHandle: undefined }).toEqual({
        id: gig.logoEn,
        slug: undefined,
        titleEn: "I will do professional logo design for your business",
        titleUr: "میں آپ کے کاروبار کے لیے جدید لوگو بناؤں گی",
        startingPricePaisa: 500_000,
        ratingAverage: 4.8,
        ratingCount: 50,
        sellerName: "Ayesha Khan",
        sellerHandle: undefined,
        city: "Lahore",
        imageKey: "gig/logo-en.webp",
      });
      expect(typeof result.nextCursor).toBe("string");
    });
  });

  describe("only published gigs", () => {
    it("never returns drafts, submissions, paused or rejected gigs", async () => {
      const hidden = [gig.DRAFT, gig.PENDING_REVIEW, gig.PAUSED, gig.REJECTED];
      const queries: Record<string, string>[] = [{ q: "logo design" }, { q: "لوگو" }, {}, { category: "logo-design", sort: "newest" }];
      for (const query of queries) {
        const found = await ids(t.db, query);
        for (const id of hidden) expect(found).not.toContain(id);
      }
      expect((await search(t.db, {})).total).toBe(7);
    });

    it("leaves out every gig of a suspended seller, in pages and counts, until the suspension is lifted", async () => {
      const bilals = [gig.logoRoman, gig.menuKit, gig.translationNew];
      const queries: Record<string, string>[] = [
        { q: "logo" },
        { q: "tarjuma" },
        {},
        { category: "logo-design" },
        { category: "graphic-design", sort: "price_asc" },
        { sort: "rating" },
        { sort: "newest", max: "5000" },
        { city: "karachi" },
      ];
      const everyPage = async (query: Record<string, string>) => {
        const found: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await search(t.db, { ...query, limit: "2", ...(cursor ? { cursor } : {}) });
          found.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        return found;
      };
      const before = await Promise.all(queries.map((query) => ids(t.db, query)));
      expect(before.flat()).toEqual(expect.arrayContaining(bilals));

      await setTestUserSuspended(t.db, seller.bilal, true);
      try {
        for (const [i, query] of queries.entries()) {
          const found = await ids(t.db, query);
          expect({ query, found }).toEqual({ query, found: before[i]?.filter((id) => !bilals.includes(id)) });
          expect(await everyPage(query)).toEqual(found);
          expect((await search(t.db, query)).total).toBe(found.length);
        }
        expect((await search(t.db, {})).total).toBe(4);
        expect(await ids(t.db, { city: "karachi" })).toEqual([]);
      } finally {
        await setTestUserSuspended(t.db, seller.bilal, false);
      }
      expect(await Promise.all(queries.map((query) => ids(t.db, query)))).toEqual(before);
      expect((await search(t.db, {})).total).toBe(7);
    });
  });

  describe("filters", () => {
    it("category includes its subcategories", async () => {
      expect(new Set(await ids(t.db, { category: "graphic-design" }))).toEqual(
        new Set([gig.logoEn, gig.logoRoman, gig.logoUrdu, gig.menuKit]),
      );
      expect(new Set(await ids(t.db, { category: "logo-design" }))).toEqual(new Set([gig.logoEn, gig.logoRoman, gig.logoUrdu]));
    });

    it("an unknown category is a field error", async () => {
      await expect(search(t.db, { category: "no-such-category" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { category: { key: "search:errors.category" } },
      });
    });

    it("price range in rupees on the starting price", async () => {
      expect(new Set(await ids(t.db, { min: "4000", max: "10000" }))).toEqual(new Set([gig.logoEn, gig.logoUrdu]));
      expect(new Set(await ids(t.db, { max: "2000" }))).toEqual(new Set([gig.translationTop, gig.translationNew]));
    });

    it("delivery time uses the fastest package, kept current when packages change", async () => {
      expect(new Set(await ids(t.db, { days: "2" }))).toEqual(new Set([gig.logoRoman, gig.translationTop, gig.translationNew]));
      await t.db.gigPackage.updateMany({ where: { gigId: gig.logoUrdu }, data: { deliveryDays: 2 } });
      expect(await ids(t.db, { days: "2" })).toContain(gig.logoUrdu);
      await t.db.gigPackage.updateMany({ where: { gigId: gig.logoUrdu }, data: { deliveryDays: 5 } });
      expect(await ids(t.db, { days: "2" })).not.toContain(gig.logoUrdu);
    });

    it("seller city (any letter case) and seller language", async () => {
      expect(new Set(await ids(t.db, { city: "lahore" }))).toEqual(new Set([gig.logoEn, gig.website]));
      expect(new Set(await ids(t.db, { lang: "pa" }))).toEqual(new Set([gig.logoUrdu, gig.translationTop]));
      expect(await ids(t.db, { lang: "pa", city: "Lahore" })).toEqual([]);
    });

    it("minimum average rating", async () => {
      expect(new Set(await ids(t.db, { rating: "4.5" }))).toEqual(new Set([gig.logoEn, gig.website, gig.translationTop]));
      expect(new Set(await ids(t.db, { rating: "4" }))).toEqual(new Set([gig.logoEn, gig.logoUrdu, gig.website, gig.translationTop]));
    });

    it("combines with the text query and counts the same set", async () => {
      const result = await search(t.db, { q: "logo", city: "Karachi", max: "25000" });
      expect(new Set(result.items.map((i) => i.id))).toEqual(new Set([gig.logoRoman, gig.menuKit]));
      expect(result.total).toBe(2);
    });
  });

  describe("sorts", () => {
    async function cards(query: Record<string, string>) {
      const found = await ids(t.db, query);
      const rows = await t.db.gig.findMany({
        where: { id: { in: found } },
        select: { id: true, startingPricePaisa: true, ratingSum: true, ratingCount: true, publishedAt: true },
      });
      return found.map((id) => rows.find((r) => r.id === id)!);
    }
    const average = (g: { ratingSum: number; ratingCount: number }) => (g.ratingCount ? g.ratingSum / g.ratingCount : 0);

    it("by price, both ways", async () => {
      const up = (await cards({ sort: "price_asc" })).map((g) => g.startingPricePaisa ?? 0);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      const down = (await cards({ sort: "price_desc" })).map((g) => g.startingPricePaisa ?? 0);
      expect(down).toEqual([...down].sort((a, b) => b - a));
      expect(up).toHaveLength(7);
    });

    it("by rating, then by number of reviews", async () => {
      const rated = await cards({ sort: "rating" });
      expect(rated.map((g) => g.id).slice(0, 3)).toEqual([gig.translationTop, gig.website, gig.logoEn]);
      const averages = rated.map(average);
      expect(averages).toEqual([...averages].sort((a, b) => b - a));
    });

    it("newest first", async () => {
      const times = (await cards({ sort: "newest" })).map((g) => g.publishedAt?.getTime() ?? 0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect((await ids(t.db, { sort: "newest" }))[0]).toBe(gig.website);
    });

    it("every sort also applies to text results", async () => {
      const found = await cards({ q: "logo", sort: "price_asc" });
      expect(found.map((g) => g.id)).toEqual([gig.logoRoman, gig.logoEn, gig.logoUrdu, gig.menuKit]);
    });
  });

  describe("cursor", () => {
    it.each(["!!!", "e30", Buffer.from('{"o":"boost","k":["1; DROP TABLE"],"id":"x","n":1}').toString("base64url")])(
      "rejects a broken or tampered cursor (%s) as bad input",
      async (cursor) => {
        const error = await search(t.db, { cursor }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: "BAD_INPUT", fields: { cursor: { key: "search:errors.cursor" } } });
      },
    );

    it("rejects a cursor made for another order", async () => {
      const { nextCursor } = await search(t.db, { sort: "price_asc", limit: "1" });
      await expect(search(t.db, { sort: "newest", cursor: nextCursor ?? "" })).rejects.toMatchObject({
        fields: { cursor: { key: "search:errors.cursor" } },
      });
      await expect(search(t.db, { q: "logo", cursor: (await search(t.db, { limit: "1" })).nextCursor ?? "" })).rejects.toMatchObject({
        code: "BAD_INPUT",
      });
    });

    it("rejects out-of-range keys before they reach the database", async () => {
      const huge = Buffer.from('{"o":"price_asc","k":[99999999999],"id":"x","n":1}').toString("base64url");
      await expect(search(t.db, { sort: "price_asc", cursor: huge })).rejects.toMatchObject({ code: "BAD_INPUT" });
      const future = Buffer.from('{"o":"newest","k":[1e300],"id":"x","n":1}').toString("base64url");
      await expect(search(t.db, { sort: "newest", cursor: future })).rejects.toMatchObject({ code: "BAD_INPUT" });
    });

    it("treats an id from a hand-made cursor as data, not SQL", async () => {
      const cursor = Buffer.from(`{"o":"price_asc","k":[0],"id":"x' OR '1'='1","n":7}`).toString("base64url");
      const result = await search(t.db, { sort: "price_asc", cursor });
      expect(result.items.length).toBe(7);
    });
  });
});
