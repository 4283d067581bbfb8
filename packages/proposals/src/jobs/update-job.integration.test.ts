import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { postJob } from "./post-job.ts";
import { updateJob } from "./update-job.ts";
import { refusalWithFields as refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("editing a job on %s", (kind) => {
  const t = useTestDb(kind);
  const form = async (overrides: Record<string, unknown> = {}) => {
    const parentId = await createTestCategory(t.db, { nameEn: "Graphic design" });
    const categoryId = await createTestCategory(t.db, { parentId });
    return {
      titleEn: "Logo for a clothes shop",
      descriptionEn: "A clean, simple logo for our clothes shop in Lahore.",
      categoryId,
      budgetType: "FIXED",
      budgetMinRupees: 8000,
      ...overrides,
    };
  };
  const row = (id: string) => t.db.job.findUniqueOrThrow({ where: { id } });

  it("the client edits every field while there are no proposals", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const { id } = await postJob(t.db, client, await form());
    const edit = await form({
      titleUr: "لوگو ڈیزائن چاہیے، دکان کے لیے",
      descriptionUr: "ہماری دکان کے لیے ایک سادہ اور صاف لوگو چاہیے۔",
      budgetType: "RANGE",
      budgetMinRupees: 5000,
      budgetMaxRupees: 9000,
      skills: ["Branding"],
      visibility: "INVITE_ONLY",
    });
    await updateJob(t.db, client, id, edit);
    expect(await row(id)).toMatchObject({
      titleUr: "لوگو ڈیزائن چاہیے، دکان کے لیے",
      categoryId: edit.categoryId,
      budgetType: "RANGE",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 900_000,
      skills: ["Branding"],
      visibility: "INVITE_ONLY",
    });
  });

  it("once a proposal arrived, or once not open, or for a stranger, the job is unchanged", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestFreelancer(t.db);
    const { id } = await postJob(t.db, client, await form());
    const edit = await form({ titleEn: "Something else entirely" });
    expect(await refusal(updateJob(t.db, other, id, edit))).toMatchObject({ code: "NOT_FOUND" });
    await t.db.job.update({ where: { id }, data: { proposalCount: 1 } });
    const before = await row(id);
    expect(await refusal(updateJob(t.db, client, id, edit))).toMatchObject({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.hasProposals",
    });
    await t.db.job.update({ where: { id }, data: { proposalCount: 0, status: "CLOSED" } });
    expect(await refusal(updateJob(t.db, client, id, edit))).toMatchObject({ code: "INVALID_STATE", messageKey: "jobs:errors.notOpen" });
    expect({ ...(await row(id)), status: "OPEN", proposalCount: 1, updatedAt: before.updatedAt }).toEqual(before);
  });

  it("bad input is refused before anything is read", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const { id } = await postJob(t.db, client, await form());
    const before = await row(id);
    expect((await refusal(updateJob(t.db, client, id, await form({ budgetMinRupees: 100 })))).fields?.budgetMinRupees?.key).toBe(
      "jobs:errors.budgetRange",
    );
    expect(await row(id)).toEqual(before);
  });
});
