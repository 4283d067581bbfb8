import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGigFormValues } from "./gig-form-values.ts";
import { approveGig } from "./moderate-gig.ts";
import { createGigWorld, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

const EXPRESS = { titleEn: "Express delivery", priceRupees: 2000, extraDays: 0 };
const SOURCE = { titleEn: "Source files", priceRupees: 1500, extraDays: 2 };

describe.each(testDbKinds())("gig extras across edits on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const stored = (gigId: string) =>
    db().gigExtra.findMany({
      where: { gigId },
      orderBy: { position: "asc" },
      select: { id: true, titleEn: true, pricePaisa: true, position: true },
    });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("keep their ids when edited, so a checkout link naming one still finds it; a dropped one goes, a new one is added", async () => {
    const gig = await publishedGig(db(), world, { extras: [EXPRESS, SOURCE] });
    const [express, source] = await stored(gig.id);
    if (!express || !source) throw new Error("extras not saved");

    // The form sends back the ids it was given: express repriced and moved second, source dropped, one new.
    const edit = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, {
        extras: [
          { titleEn: "Brand guide", priceRupees: 3000, extraDays: 1 },
          { ...EXPRESS, id: express.id, priceRupees: 2500 },
        ],
      }),
    );
    await approveGig(
      db(),
      { userId: world.admin.userId, isAdmin: true },
      { kind: "REVISION", revisionId: edit.pendingRevisionId ?? "" },
      "Meets the listing rules",
    );
    const after = await stored(gig.id);
    expect(after.map(({ titleEn, pricePaisa, position }) => ({ titleEn, pricePaisa, position }))).toEqual([
      { titleEn: "Brand guide", pricePaisa: 300_000, position: 0 },
      { titleEn: "Express delivery", pricePaisa: 250_000, position: 1 },
    ]);
    expect(after[1]?.id).toBe(express.id);
    expect(after.map((extra) => extra.id)).not.toContain(source.id);
    expect((await loadGigFormValues(db(), world.freelancer, gig.id)).values.extras).toMatchObject([
      { id: after[0]?.id, titleEn: "Brand guide" },
      { id: express.id, titleEn: "Express delivery" },
    ]);
  });

  it("treat an id of another gig's extra as a new extra, never touching the other gig", async () => {
    const other = await publishedGig(db(), world, { extras: [SOURCE] });
    const [theirs] = await stored(other.id);
    const mine = await publishedGig(db(), world, { extras: [] });
    const edit = await updateGig(
      db(),
      world.freelancer,
      mine.id,
      gigFormValues(world.logoCategoryId, { extras: [{ ...EXPRESS, id: theirs?.id ?? "" }] }),
    );
    await approveGig(
      db(),
      { userId: world.admin.userId, isAdmin: true },
      { kind: "REVISION", revisionId: edit.pendingRevisionId ?? "" },
      "Meets the listing rules",
    );
    const [added] = await stored(mine.id);
    expect(added).toMatchObject({ titleEn: "Express delivery" });
    expect(added?.id).not.toBe(theirs?.id);
    expect(await stored(other.id)).toEqual([theirs]);
  });
});
