import { seedCategories } from "@hunar/db/seed";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser, setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import type { JobSearchResult } from "@hunar/proposals/jobs/search-jobs";
import { createJob } from "@hunar/proposals/jobs/testing/job-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { get, settle, testContext } from "#app/test/action-context.ts";
import { loader } from "./jobs.tsx";

type Context = ReturnType<typeof testContext>["context"];

interface JobsBody {
  results: JobSearchResult | null;
  errors: Record<string, { key: string }> | null;
}

describe.each(testDbKinds())("the /jobs loader on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  const job = {} as Record<"logo" | "suspended", string>;

  beforeAll(async () => {
    context = testContext(t.db).context;
    const categories = await seedCategories(t.db);
    const client = await createTestUser(t.db, "Sana Malik");
    const suspended = await createTestUser(t.db, "Kamran Ali");
    const categoryId = categories.get("logo-design") ?? "";
    job.logo = await createJob(t.db, {
      clientId: client.userId,
      categoryId,
      titleEn: "Logo for a tea stall",
      titleUr: "چائے کے ڈھابے کا لوگو",
    });
    job.suspended = await createJob(t.db, { clientId: suspended.userId, categoryId, titleEn: "Logo from a suspended client" });
    await setTestUserSuspended(t.db, suspended.userId, true);
  });

  const load = async (path: string, headers: Record<string, string> = {}) => {
    const result = await settle(() => loader({ request: get(path, undefined, headers), context, params: {} } as never));
    return { status: result.status, body: result.body as JobsBody };
  };

  it("lists open jobs of active clients with titles in the reader's language", async () => {
    const urdu = await load("/jobs?q=logo", { "Accept-Language": "ur" });
    expect(urdu.status).toBe(200);
    expect(urdu.body.results?.items.map((i) => [i.id, i.title])).toEqual([[job.logo, "چائے کے ڈھابے کا لوگو"]]);
    const english = await load("/jobs?q=لوگو&lng=en");
    expect(english.body.results?.items.map((i) => i.title)).toEqual(["Logo for a tea stall"]);
    expect(english.body.results?.total).toBe(1);
  });

  it("answers 400 with field errors for bad parameters, a stale cursor and an unknown category", async () => {
    for (const [path, field, key] of [
      ["/jobs?posted=2", "posted", "jobs:search.errors.posted"],
      ["/jobs?min=abc", "min", "jobs:search.errors.budget"],
      ["/jobs?cursor=bm9wZQ", "cursor", "search:errors.cursor"],
      ["/jobs?category=no-such-category", "category", "search:errors.category"],
      ["/jobs?q=%00", "q", "search:errors.queryNoWords"],
    ] as const) {
      const { status, body } = await load(path);
      expect(status, path).toBe(400);
      expect(body.results).toBeNull();
      expect(body.errors?.[field]?.key, path).toBe(key);
    }
  });
});
