import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { seedCategories } from "@hunar/db/seed";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { createJob } from "@hunar/proposals/jobs/testing/job-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { TestBrowser, rejection } from "../testing/test-browser.ts";

describe.each(testDbKinds())("jobs.search on %s", (kind) => {
  let testDb: TestDb;
  let visitor: TestBrowser;
  let urduVisitor: TestBrowser;
  const job = {} as Record<"logo" | "translation" | "inviteOnly", string>;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    const db = testDb.db;
    const limiter = createAuthLimiter({ redis: null });
    visitor = new TestBrowser(db, limiter, { origin: null, acceptLanguage: "en" });
    urduVisitor = new TestBrowser(db, limiter, { origin: null, acceptLanguage: "ur" });
    const categories = await seedCategories(db);
    const client = await createTestUser(db, "Sana Malik");
    job.logo = await createJob(db, {
      clientId: client.userId,
      categoryId: categories.get("logo-design") ?? "",
      titleEn: "Logo for a tea stall",
      titleUr: "چائے کے ڈھابے کا لوگو",
      budget: [3_000, 8_000],
      createdAt: new Date(Date.now() - 60_000),
    });
    job.translation = await createJob(db, {
      clientId: client.userId,
      categoryId: categories.get("document-translation") ?? "",
      titleEn: "Translate a rental agreement",
      budget: 12_000,
    });
    job.inviteOnly = await createJob(db, {
      clientId: client.userId,
      categoryId: categories.get("logo-design") ?? "",
      titleEn: "Logo, invited freelancers only",
      visibility: "INVITE_ONLY",
    });
  });
  afterAll(() => testDb.close());

  it("lists open public jobs to a visitor, newest first, with the count and the card", async () => {
    const result = await visitor.call((api) => api.jobs.search({}));
    expect(result.items.map((i) => i.id)).toEqual([job.translation, job.logo]);
    expect(result).toMatchObject({ total: 2, nextCursor: null });
    expect(result.items[1]).toMatchObject({ title: "Logo for a tea stall", budgetMinPaisa: 300_000, category: { slug: "logo-design" } });
    expect(result.items[1]?.postedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(result)).not.toContain("clientId");
  });

  it("searches text and filters from URL-like values or numbers, in the caller's language", async () => {
    const urdu = await urduVisitor.call((api) => api.jobs.search({ q: "لوگو" }));
    expect(urdu.items.map((i) => i.title)).toEqual(["چائے کے ڈھابے کا لوگو"]);
    expect(urdu.items[0]?.category.name).toMatch(/[\u0600-\u06FF]/);
    expect((await visitor.call((api) => api.jobs.search({ q: "tarjuma" }))).items.map((i) => i.id)).toEqual([job.translation]);
    expect((await visitor.call((api) => api.jobs.search({ min: 10_000, category: "translation" }))).total).toBe(1);
    expect((await visitor.call((api) => api.jobs.search({ max: "5000", posted: "1" }))).items.map((i) => i.id)).toEqual([job.logo]);
  });

  it("pages with the cursor it returns", async () => {
    const first = await visitor.call((api) => api.jobs.search({ limit: 1 }));
    expect(first.nextCursor).not.toBeNull();
    const second = await visitor.call((api) => api.jobs.search({ limit: 1, cursor: first.nextCursor ?? "" }));
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([job.translation, job.logo]);
    expect(second).toMatchObject({ nextCursor: null, total: 2 });
  });

  it("refuses bad values with localised field errors", async () => {
    const error = await rejection(visitor.call((api) => api.jobs.search({ posted: "2", min: "1e3" })));
    expect(describeError(error, "en")).toMatchObject({
      status: 400,
      fieldErrors: { posted: "Choose a time from the list.", min: "Enter an amount in whole rupees, up to Rs 10000000." },
    });
    const range = await rejection(visitor.call((api) => api.jobs.search({ min: "9000", max: "100" })));
    expect(describeError(range, "en").fieldErrors).toEqual({ max: "The highest budget must not be below the lowest." });
    const urdu = await rejection(urduVisitor.call((api) => api.jobs.search({ category: "no-such-thing" })));
    expect(describeError(urdu, "ur").fieldErrors?.category).toMatch(/[\u0600-\u06FF]/);
    const cursor = await rejection(visitor.call((api) => api.jobs.search({ cursor: "bm9wZQ" })));
    expect(describeError(cursor, "en").fieldErrors?.cursor).toContain("out of date");
  });
});
