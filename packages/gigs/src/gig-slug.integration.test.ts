import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { listModerationQueue } from "./moderation-queue.ts";
import { reportGig } from "./report-gig.ts";
import { submitGig } from "./submit-gig.ts";
import { createGigWorld, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

describe.each(testDbKinds())("gig slugs and the queue order on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("gives a second gig with the same title a suffixed slug, and an Urdu-only gig an id-like one", async () => {
    const values = gigFormValues(world.logoCategoryId, { titleEn: "I will paint a watercolour portrait" });
    const first = await createGig(db(), world.freelancer, values);
    const second = await createGig(db(), world.stranger, values);
    expect(first.slug).toBe("paint-a-watercolour-portrait");
    expect(second.slug).toMatch(/^paint-a-watercolour-portrait-[a-z2-9]{6}$/);
    const urdu = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { titleEn: null, descriptionEn: null }));
    expect(urdu.slug).toMatch(/^gig-[a-z2-9]{10}$/);
  });

  it("follows the English title while never published, and keeps its address once public", async () => {
    const draft = await createGig(
      db(),
      world.freelancer,
      gigFormValues(world.logoCategoryId, { titleEn: "I will sketch a pencil portrait" }),
    );
    const renamed = await updateGig(
      db(),
      world.freelancer,
      draft.id,
      gigFormValues(world.logoCategoryId, { titleEn: "I will sketch a charcoal portrait" }),
    );
    expect(renamed.slug).toBe("sketch-a-charcoal-portrait");

    const live = await publishedGig(db(), world, { titleEn: "I will cut a paper silhouette" });
    await updateGig(db(), world.freelancer, live.id, gigFormValues(world.logoCategoryId, { titleEn: "I will cut two paper silhouettes" }));
    expect((await db().gig.findUniqueOrThrow({ where: { id: live.id } })).slug).toBe("cut-a-paper-silhouette");
  });

  it("lists submissions and edits together, oldest first, and leaves reports to the report queue", async () => {
    const live = await publishedGig(db(), world, { titleEn: "I will letter a shop sign by hand" });
    const before = (await listModerationQueue(db())).counts;
    const waiting = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, waiting.id, new Date("2020-01-03T00:00:00Z"));
    await reportGig(db(), world.stranger.userId, live.id, { reason: "SPAM" });
    await updateGig(db(), world.freelancer, live.id, gigFormValues(world.logoCategoryId, { titleEn: "I will letter two shop signs" }));

    const { items, counts } = await listModerationQueue(db());
    const since = items.map((item) => item.since.getTime());
    expect(since).toEqual([...since].sort((a, b) => a - b));
    expect(items[0]).toMatchObject({ kind: "SUBMISSION", gigId: waiting.id });
    expect(items.at(-1)?.kind).toBe("REVISION");
    expect(counts).toEqual({ submissions: before.submissions + 1, revisions: before.revisions + 1 });
    expect((await listModerationQueue(db(), { limit: 1 })).items).toHaveLength(1);
  });
});
