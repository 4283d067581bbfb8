import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { loadGigFormValues } from "./gig-form-values.ts";
import { approveGig } from "./moderate-gig.ts";
import { findOrderableGig } from "./orderable-gig.ts";
import { createGigWorld, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

const BRAND = { question: "What is your brand name?", required: true, allowFile: false };
const LOGO = { question: "Your current logo, if you have one", required: false, allowFile: true };

describe.each(testDbKinds())("gig requirement questions on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const admin = () => ({ userId: world.admin.userId, isAdmin: true });
  const stored = (gigId: string) =>
    db().gigRequirement.findMany({
      where: { gigId },
      orderBy: { position: "asc" },
      select: { position: true, question: true, required: true, allowFile: true },
    });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("are saved with the listing, in order, and offered with the orderable gig", async () => {
    const gig = await publishedGig(db(), world, { requirements: [BRAND, LOGO] });
    expect(await stored(gig.id)).toEqual([
      { position: 0, ...BRAND },
      { position: 1, ...LOGO },
    ]);
    const orderable = await findOrderableGig(db(), gig.id, "BASIC");
    expect(orderable.requirements).toEqual([
      { position: 0, ...BRAND },
      { position: 1, ...LOGO },
    ]);
    expect(orderable.extras).toMatchObject([{ titleEn: "Express delivery", titleUr: "فوری ڈیلیوری", pricePaisa: 200_000, extraDays: 0 }]);
  });

  it("a draft's edit replaces them at once; a published gig's waits for approval", async () => {
    const draft = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { requirements: [BRAND] }));
    await updateGig(db(), world.freelancer, draft.id, gigFormValues(world.logoCategoryId, { requirements: [LOGO, BRAND] }));
    expect((await stored(draft.id)).map((r) => r.question)).toEqual([LOGO.question, BRAND.question]);

    const live = await publishedGig(db(), world, { requirements: [BRAND] });
    const edit = await updateGig(db(), world.freelancer, live.id, gigFormValues(world.logoCategoryId, { requirements: [LOGO] }));
    // Buyers keep the approved questions; the owner's form shows the edit waiting for review.
    expect(await stored(live.id)).toEqual([{ position: 0, ...BRAND }]);
    expect((await loadGigFormValues(db(), world.freelancer, live.id)).values.requirements).toEqual([LOGO]);
    await approveGig(db(), admin(), { kind: "REVISION", revisionId: edit.pendingRevisionId ?? "" }, "Meets the listing rules");
    expect(await stored(live.id)).toEqual([{ position: 0, ...LOGO }]);
    expect((await loadGigFormValues(db(), world.freelancer, live.id)).values.requirements).toEqual([LOGO]);

    await updateGig(db(), world.freelancer, draft.id, gigFormValues(world.logoCategoryId, { requirements: [] }));
    expect(await stored(draft.id)).toEqual([]);
  });

  it("a refused list stores nothing", async () => {
    const before = await db().gigRequirement.count();
    const tooMany = Array.from({ length: 11 }, () => BRAND);
    await expect(createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { requirements: tooMany }))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { requirements: { key: "gigs:errors.tooManyRequirements", params: { max: 10 } } },
    });
    expect(await db().gigRequirement.count()).toBe(before);
  });
});
