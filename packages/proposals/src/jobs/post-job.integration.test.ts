import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { postJob } from "./post-job.ts";
import { refusalWithFields as refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("posting a job on %s", (kind) => {
  const t = useTestDb(kind);
  const form = async (overrides: Record<string, unknown> = {}) => {
    const parentId = await createTestCategory(t.db, { nameEn: "Graphic design" });
    const categoryId = await createTestCategory(t.db, { parentId });
    return {
      titleUr: "لوگو ڈیزائن چاہیے، دکان کے لیے",
      descriptionUr: "ہماری کپڑوں کی دکان کے لیے ایک سادہ اور صاف لوگو چاہیے۔",
      categoryId,
      skills: ["Logo Design", " Logo Design ", "Branding", ""],
      budgetType: "RANGE",
      budgetMinRupees: "5,000",
      budgetMaxRupees: 15000,
      ...overrides,
    };
  };

  it("stores the job open, public by default, in paisa, with skills cleaned", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const deadline = new Date(Date.now() + 7 * 86_400_000);
    const { id } = await postJob(t.db, client, await form({ deadline: deadline.toISOString() }));
    const job = await t.db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({
      clientId: client.userId,
      titleUr: "لوگو ڈیزائن چاہیے، دکان کے لیے",
      titleEn: null,
      descriptionEn: null,
      skills: ["Logo Design", "Branding"],
      budgetType: "RANGE",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 1_500_000,
      visibility: "PUBLIC",
      status: "OPEN",
      proposalCount: 0,
    });
    expect(job.deadlineAt?.getTime()).toBe(deadline.getTime());
  });

  it("a fixed budget is one amount; invite-only is kept", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const { id } = await postJob(
      t.db,
      client,
      await form({ budgetType: "FIXED", budgetMinRupees: 20000, budgetMaxRupees: null, visibility: "INVITE_ONLY" }),
    );
    const job = await t.db.job.findUniqueOrThrow({
      where: { id },
      select: { budgetMinPaisa: true, budgetMaxPaisa: true, visibility: true },
    });
    expect(job).toEqual({ budgetMinPaisa: 2_000_000, budgetMaxPaisa: 2_000_000, visibility: "INVITE_ONLY" });
  });

  it("refuses each bad field with its key, and posts nothing", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ titleUr: "", descriptionUr: "" }, "titleUr", "gigs:errors.oneLanguageRequired"],
      [{ descriptionUr: "" }, "descriptionUr", "gigs:errors.descriptionMissing"],
      [{ budgetMinRupees: 499 }, "budgetMinRupees", "jobs:errors.budgetRange"],
      [{ budgetMaxRupees: 10_000_001 }, "budgetMaxRupees", "jobs:errors.budgetRange"],
      [{ budgetMinRupees: 20000, budgetMaxRupees: 10000 }, "budgetMaxRupees", "jobs:errors.budgetMinAboveMax"],
      [{ budgetMaxRupees: null }, "budgetMaxRupees", "jobs:errors.budgetMaxRequired"],
      [{ budgetType: "HOURLY" }, "budgetType", "jobs:errors.budgetTypeInvalid"],
      [{ deadline: new Date(Date.now() - 60_000).toISOString() }, "deadline", "jobs:errors.deadlinePast"],
      [{ deadline: "not a date" }, "deadline", "jobs:errors.deadlineInvalid"],
      [{ skills: Array.from({ length: 11 }, (_, i) => `skill ${i}`) }, "skills", "gigs:errors.tooManyTags"],
    ];
    for (const [overrides, field, key] of cases) {
      const error = await refusal(postJob(t.db, client, await form(overrides)));
      expect(error.code).toBe("BAD_INPUT");
      expect(error.fields?.[field]?.key).toBe(key);
    }
    expect(await t.db.job.count({ where: { clientId: client.userId } })).toBe(0);
  });

  it("refuses a main category or an unknown one, and a suspended client", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const suspended = await createTestUser(t.db, "Kamran Butt", { suspended: true });
    const main = await createTestCategory(t.db);
    expect((await refusal(postJob(t.db, client, await form({ categoryId: main })))).fields?.categoryId?.key).toBe(
      "gigs:errors.categoryNotSubcategory",
    );
    expect((await refusal(postJob(t.db, client, await form({ categoryId: "nope" })))).fields?.categoryId?.key).toBe(
      "gigs:errors.categoryInvalid",
    );
    expect(await refusal(postJob(t.db, suspended, await form()))).toMatchObject({ code: "FORBIDDEN", messageKey: "jobs:errors.notActive" });
    expect(await t.db.job.count({ where: { clientId: { in: [client.userId, suspended.userId] } } })).toBe(0);
  });
});
