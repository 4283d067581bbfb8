import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { approveGig, rejectGig, requestGigChanges } from "./moderate-gig.ts";
import { submitGig } from "./submit-gig.ts";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

// PGlite has one connection, so transactions there never overlap: the race needs PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent moderation decisions on postgres", () => {
  const kind = "postgres" as const;
  let testDb: TestDb;
  let world: GigWorld;
  let secondAdmin: { userId: string; isAdmin: true };
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    secondAdmin = { userId: (await createPerson(db(), "Second Admin", { isAdmin: true })).userId, isAdmin: true };
  });
  afterAll(() => testDb.close());

  it("of an approve and a reject of one submission exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
      await submitGig(db(), world.freelancer, gig.id);
      const target = { kind: "SUBMISSION" as const, gigId: gig.id };
      const results = await Promise.allSettled([
        approveGig(db(), { userId: world.admin.userId, isAdmin: true }, target, "Meets the listing rules"),
        rejectGig(db(), secondAdmin, target, "Duplicate of another listing."),
        requestGigChanges(db(), secondAdmin, target, "Please add images."),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r.reason as { messageKey?: string }).messageKey)).toEqual([
        "gigs:errors.alreadyDecided",
        "gigs:errors.alreadyDecided",
      ]);
      const audit = await db().auditLog.findMany({ where: { targetId: gig.id } });
      expect(audit).toHaveLength(1);
      const final = await db().gig.findUniqueOrThrow({ where: { id: gig.id } });
      expect(final.status).toBe(won[0]?.value.status);
    }
  });

  it("of an approve and a reject of one edit exactly one wins", async () => {
    const gig = await publishedGig(db(), world);
    const edit = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, { titleEn: "An edit two admins look at" }),
    );
    const target = { kind: "REVISION" as const, revisionId: edit.pendingRevisionId ?? "" };
    const results = await Promise.allSettled([
      approveGig(db(), { userId: world.admin.userId, isAdmin: true }, target, "Meets the listing rules"),
      rejectGig(db(), secondAdmin, target, "Misleading title."),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const revision = await db().gigRevision.findUniqueOrThrow({ where: { id: target.revisionId } });
    const title = (await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).titleEn;
    expect(title === "An edit two admins look at").toBe(revision.status === "APPROVED");
    expect(await db().auditLog.count({ where: { targetId: gig.id, action: { startsWith: "gig.revision." } } })).toBe(1);
  });
});
