import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { seedCategories } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser, setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { parseJobSearchParams } from "./job-search-params.ts";
import { searchJobs } from "./search-jobs.ts";
import { createJob } from "./testing/job-fixtures.ts";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-15T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

const search = (db: Db, query: Record<string, string>, locale: "ur" | "en" = "en", countLimit?: number) =>
  searchJobs(db, parseJobSearchParams({ limit: "50", ...query }), { locale, now: NOW, ...(countLimit ? { countLimit } : {}) });
const ids = async (db: Db, query: Record<string, string>) => (await search(db, query)).items.map((i) => i.id);

async function badInputField(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("BAD_INPUT");
  return Object.keys((error as AppError).fields ?? {});
}

type JobName = "logoEn" | "logoUr" | "translationUr" | "wordpress" | "videoOld" | "fixedSmall";

describe.each(testDbKinds())("searchJobs on %s", (kind) => {
  const t = useTestDb(kind);
  const job = {} as Record<JobName, string>;
  let cat: (slug: string) => string;
  let clientId: string;

  beforeAll(async () => {
    const db = t.db;
    const categories = await seedCategories(db);
    cat = (slug) => categories.get(slug) ?? "";
    clientId = (await createTestUser(db, "Sana Malik")).userId;
    const other = (await createTestUser(db, "Kamran Ali")).userId;
    const base = { clientId, categoryId: cat("logo-design") };
    job.logoEn = await createJob(db, {
      ...base,
      titleEn: "Logo needed for a clothing brand",
      descriptionEn: "We sell shalwar kameez online and need a clean logo.",
      skills: ["Illustrator"],
      budget: [8_000, 15_000],
      createdAt: daysAgo(2),
      proposalCount: 4,
    });
    job.logoUr = await createJob(db, {
      ...base,
      clientId: other,
      titleEn: null,
      titleUr: "کپڑوں کی دکان کے لیے لوگو چاہیے",
      descriptionEn: null,
      descriptionUr: "ہماری دکان لاہور میں ہے، ایک سادہ لوگو چاہیے۔",
      budget: [3_000, 6_000],
      createdAt: daysAgo(5),
    });
    job.translationUr = await createJob(db, {
      clientId,
      categoryId: cat("urdu-english-translation"),
      titleEn: "Translate a company profile",
      titleUr: "کمپنی پروفائل کا ترجمہ",
      descriptionEn: "Ten pages of English into Urdu.",
      descriptionUr: "دس صفحات انگریزی سے اردو میں۔",
      budget: [10_000, 30_000],
      createdAt: daysAgo(0.5),
    });
    job.wordpress = await createJob(db, {
      clientId,
      categoryId: cat("wordpress"),
      titleEn: "WordPress site for a school",
      skills: ["WordPress", "PHP"],
      budget: [40_000, 90_000],
      createdAt: daysAgo(10),
    });
    job.videoOld = await createJob(db, {
      clientId: other,
      categoryId: cat("youtube-videos"),
      titleEn: "Edit weekly cooking videos",
      budget: [20_000, 25_000],
      createdAt: daysAgo(40),
    });
    job.fixedSmall = await createJob(db, {
      clientId: other,
      categoryId: cat("social-media-design"),
      titleEn: "Five Instagram posts for Eid",
      budget: 2_500,
      createdAt: daysAgo(1),
    });
    // Never listed: none of these may appear in any search below.
    for (const hidden of [{ visibility: "INVITE_ONLY" }, { status: "CLOSED" }, { status: "FILLED" }, { status: "REMOVED" }] as const) {
      await createJob(db, { ...base, titleEn: "Logo needed, hidden one", createdAt: daysAgo(1), ...hidden });
    }
  });

  const listed = () => [job.translationUr, job.fixedSmall, job.logoEn, job.logoUr, job.wordpress, job.videoOld];

  it("lists open public jobs newest first, never invite-only, closed, filled or removed ones, with the count", async () => {
    const result = await search(t.db, {});
    expect(result.items.map((i) => i.id)).toEqual(listed());
    expect(result).toMatchObject({ total: 6, totalIsLimit: false, nextCursor: null });
  });

  it("counts up to the count limit and says when more match", async () => {
    expect(await search(t.db, {}, "en", 4)).toMatchObject({ total: 4, totalIsLimit: true });
    expect((await search(t.db, {}, "en", 4)).items.map((i) => i.id)).toEqual(listed());
    expect(await search(t.db, {}, "en", 6)).toMatchObject({ total: 6, totalIsLimit: false });
    expect(await search(t.db, { q: "logo" }, "en", 1)).toMatchObject({ total: 1, totalIsLimit: true });
  });

  it("hides a suspended client's jobs, and lifting the suspension brings them back", async () => {
    const suspended = await createTestUser(t.db, "Suspended Client");
    const hidden = await createJob(t.db, { clientId: suspended.userId, categoryId: cat("logo-design"), titleEn: "Logo needed urgently" });
    await setTestUserSuspended(t.db, suspended.userId, true);
    for (const query of [{}, { q: "logo" }, { category: "graphic-design" }, { min: "1000" }] as Record<string, string>[]) {
      const result = await search(t.db, query);
      expect(result.items.map((i) => i.id)).not.toContain(hidden);
      expect(result.total).toBe(result.items.length);
    }
    await setTestUserSuspended(t.db, suspended.userId, false);
    expect(await ids(t.db, { q: "logo" })).toContain(hidden);
    await t.db.job.update({ where: { id: hidden }, data: { status: "CLOSED" } });
  });

  it("gives a card what it shows, in the viewer's language with a fallback to the other", async () => {
    const en = (await search(t.db, { q: "company profile" })).items[0];
    expect(en).toMatchObject({
      id: job.translationUr,
      title: "Translate a company profile",
      titleLang: "en",
      excerpt: "Ten pages of English into Urdu.",
      budgetType: "RANGE",
      budgetMinPaisa: 1_000_000,
      budgetMaxPaisa: 3_000_000,
      category: { slug: "urdu-english-translation" },
      proposalCount: 0,
    });
    expect(en?.postedAt).toEqual(daysAgo(0.5));
    const ur = (await search(t.db, { q: "company profile" }, "ur")).items[0];
    expect(ur).toMatchObject({ title: "کمپنی پروفائل کا ترجمہ", titleLang: "ur", excerptLang: "ur" });
    expect(ur?.category.name).toMatch(/[\u0600-\u06FF]/);
    const onlyUrdu = (await search(t.db, { q: "دکان" })).items.find((i) => i.id === job.logoUr);
    expect(onlyUrdu).toMatchObject({ titleLang: "ur", excerptLang: "ur" });
    const fixed = (await search(t.db, { q: "instagram" })).items[0];
    expect(fixed).toMatchObject({ budgetType: "FIXED", budgetMinPaisa: 250_000, budgetMaxPaisa: 250_000, skills: [] });
    expect((await search(t.db, { q: "logo clothing" })).items[0]).toMatchObject({ skills: ["Illustrator"], proposalCount: 4 });
  });

  it("cuts a long description at a word, with an ellipsis", async () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const id = await createJob(t.db, { clientId, categoryId: cat("seo"), titleEn: "Longdescription test job", descriptionEn: words });
    const card = (await search(t.db, { q: "longdescription" })).items[0];
    expect(card?.id).toBe(id);
    expect([...(card?.excerpt ?? "")].length).toBeLessThanOrEqual(201);
    expect(card?.excerpt).toMatch(/ word\d+…$/);
    expect(words.startsWith(card?.excerpt.slice(0, -1) ?? "x")).toBe(true);
    await t.db.job.update({ where: { id }, data: { status: "REMOVED" } });
  });

  describe("text", () => {
    it("matches English words in titles, skills and descriptions", async () => {
      expect(await ids(t.db, { q: "logo" })).toEqual([job.logoEn, job.logoUr]);
      expect(await ids(t.db, { q: "illustrator" })).toEqual([job.logoEn]);
      expect(await ids(t.db, { q: "kameez" })).toEqual([job.logoEn]);
      expect(await ids(t.db, { q: "php wordpress" })).toEqual([job.wordpress]);
    });

    it("matches Urdu, and Urdu words find English jobs and the other way round", async () => {
      expect(await ids(t.db, { q: "دکان" })).toEqual([job.logoUr]);
      expect(await ids(t.db, { q: "لوگو" })).toEqual([job.logoEn, job.logoUr]);
      expect(await ids(t.db, { q: "translation" })).toEqual([job.translationUr]);
      // Arabic letter forms and diacritics are normalised as in the documents.
      expect(await ids(t.db, { q: "ترجمہ" })).toEqual([job.translationUr]);
    });

    it("matches Roman Urdu", async () => {
      expect(await ids(t.db, { q: "tarjuma" })).toEqual([job.translationUr]);
      expect(await ids(t.db, { q: "logo bnana" })).toEqual([job.logoEn, job.logoUr]);
      expect(await ids(t.db, { q: "dukan ka logo" })).toEqual([job.logoUr]);
    });

    it("corrects a misspelt word from the words jobs use", async () => {
      expect(await ids(t.db, { q: "wordpres" })).toEqual([job.wordpress]);
      expect(await ids(t.db, { q: "clothng" })).toEqual([job.logoEn]);
    });

    it("finds nothing for a word no job has, and counts zero", async () => {
      expect(await search(t.db, { q: "zzqxv" })).toEqual({ items: [], nextCursor: null, total: 0, totalIsLimit: false });
    });

    it("combines with filters", async () => {
      expect(await ids(t.db, { q: "logo", max: "5000" })).toEqual([job.logoUr]);
      expect(await ids(t.db, { q: "logo", posted: "3" })).toEqual([job.logoEn]);
      expect(await ids(t.db, { q: "logo", category: "translation" })).toEqual([]);
      expect((await search(t.db, { q: "logo", category: "graphic-design" })).total).toBe(2);
    });
  });

  describe("filters", () => {
    it("a top category includes its subcategories; a subcategory only itself", async () => {
      expect(await ids(t.db, { category: "graphic-design" })).toEqual([job.fixedSmall, job.logoEn, job.logoUr]);
      expect(await ids(t.db, { category: "logo-design" })).toEqual([job.logoEn, job.logoUr]);
      expect(await ids(t.db, { category: "translation" })).toEqual([job.translationUr]);
      expect((await search(t.db, { category: "graphic-design" })).total).toBe(3);
    });

    it("an unknown category or a bad cursor is BAD_INPUT on that field", async () => {
      expect(await badInputField(search(t.db, { category: "no-such-category" }))).toEqual(["category"]);
      expect(await badInputField(search(t.db, { cursor: "bm90LWEtY3Vyc29y" }))).toEqual(["cursor"]);
    });

    it("budget: jobs whose budget reaches the minimum and starts by the maximum", async () => {
      expect(await ids(t.db, { min: "30000" })).toEqual([job.translationUr, job.wordpress]);
      expect(await ids(t.db, { max: "5000" })).toEqual([job.fixedSmall, job.logoUr]);
      expect(await ids(t.db, { min: "6000", max: "9000" })).toEqual([job.logoEn, job.logoUr]);
      // A fixed budget is one amount: inside the range or not.
      expect(await ids(t.db, { min: "2500", max: "2500" })).toEqual([job.fixedSmall]);
      expect(await ids(t.db, { min: "2501" })).not.toContain(job.fixedSmall);
      expect((await search(t.db, { min: "30000" })).total).toBe(2);
    });

    it("posted within a number of days", async () => {
      expect(await ids(t.db, { posted: "1" })).toEqual([job.translationUr, job.fixedSmall]);
      expect(await ids(t.db, { posted: "7" })).toEqual([job.translationUr, job.fixedSmall, job.logoEn, job.logoUr]);
      expect(await ids(t.db, { posted: "30" })).toEqual(listed().filter((id) => id !== job.videoOld));
      expect((await search(t.db, { posted: "3" })).total).toBe(3);
    });
  });
});

describe.each(testDbKinds())("searchJobs pages on %s", (kind) => {
  const t = useTestDb(kind);
  let clientId: string;
  let categoryId: string;

  beforeAll(async () => {
    categoryId = (await seedCategories(t.db)).get("data-entry") ?? "";
    clientId = (await createTestUser(t.db, "Sana Malik")).userId;
    // Eleven jobs, several posted in the same millisecond, so the id has to break ties.
    const same = daysAgo(3);
    for (let i = 0; i < 11; i++) {
      await createJob(t.db, { clientId, categoryId, titleEn: `Data entry batch ${i}`, createdAt: i % 3 === 0 ? same : daysAgo(i) });
    }
  });

  async function walk(query: Record<string, string>, countLimit?: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
    const seen: string[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result = await search(t.db, { ...query, limit: "4", ...(cursor ? { cursor } : {}) }, "en", countLimit);
      seen.push(...result.items.map((i) => i.id));
      totals.push(result.total);
      cursor = result.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    return { ids: seen, totals, pages };
  }

  it("keyset pages cover every job once, in order, and carry the first page's count", async () => {
    const all = await ids(t.db, {});
    expect(all).toHaveLength(11);
    for (const query of [{}, { q: "data entry" }, { q: "ڈیٹا انٹری" }, { category: "virtual-assistance" }] as Record<string, string>[]) {
      const { ids: paged, totals, pages } = await walk(query);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(11);
      expect(pages).toBe(3);
      expect(totals).toEqual([11, 11, 11]);
      // More matches than the count limit take the other plan (the index walk): the same pages.
      expect((await walk(query, 5)).ids).toEqual(all);
    }
  });

  it("pages stay without duplicates or gaps while jobs are posted between them", async () => {
    const all = await ids(t.db, {});
    const first = await search(t.db, { limit: "4" });
    await createJob(t.db, { clientId, categoryId, titleEn: "Data entry posted while paging" });
    const second = await search(t.db, { limit: "4", cursor: first.nextCursor ?? "" });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.slice(0, 8));
  });

  it("refuses a cursor of another order (a gig search's)", async () => {
    const gigCursor = Buffer.from(JSON.stringify({ o: "price_asc", k: [100], id: "x", n: 3 })).toString("base64url");
    expect(await badInputField(search(t.db, { cursor: gigCursor }))).toEqual(["cursor"]);
  });
});
