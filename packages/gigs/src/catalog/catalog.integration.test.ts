import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "../create-gig.ts";
import { pauseGig, resumeGig } from "../pause-gig.ts";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "../testing/gig-fixtures.ts";
import { gigFormValues } from "../testing/gig-form.ts";
import { loadPopularGigs } from "./popular-gigs.ts";
import { loadSellerProfile } from "./seller-profile.ts";

describe.each(testDbKinds())("catalog read models on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  let handle: string;
  let sellerGigs: string[];
  let otherGig: string;
  const db = () => testDb.db;
  const popular = async () => (await loadPopularGigs(db(), 24)).map((gig) => gig.id);
  const profileGigs = async (by: { handle: string } | { id: string }) => (await loadSellerProfile(db(), by))?.gigs.map((gig) => gig.id);

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    handle = (await db().user.findUniqueOrThrow({ where: { id: world.freelancer.userId } })).handle ?? "";
    sellerGigs = [
      (await publishedGig(db(), world)).id,
      (await publishedGig(db(), world, { titleEn: "I will draw a mascot logo for your shop" })).id,
    ];
    await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { titleEn: "A draft nobody should see yet" }));
    const other = await createPerson(db(), "Bilal Ahmed", { city: "Karachi" });
    otherGig = (await publishedGig(db(), { ...world, freelancer: other })).id;
  });
  afterAll(() => testDb.close());

  it("list only orderable gigs: popular gigs and a seller's page leave drafts and paused gigs out", async () => {
    expect(new Set(await popular())).toEqual(new Set([...sellerGigs, otherGig]));
    expect(new Set(await profileGigs({ handle }))).toEqual(new Set(sellerGigs));
    const [paused] = sellerGigs;
    await pauseGig(db(), world.freelancer, paused!);
    expect(await popular()).not.toContain(paused);
    expect(await profileGigs({ handle })).not.toContain(paused);
    await resumeGig(db(), world.freelancer, paused!);
    expect(await popular()).toContain(paused);
  });

  it("a suspended seller has no page and no popular gigs; lifting the suspension brings both back", async () => {
    await setTestUserSuspended(db(), world.freelancer.userId, true);
    expect(await popular()).toEqual([otherGig]);
    expect(await loadSellerProfile(db(), { handle })).toBeNull();
    expect(await loadSellerProfile(db(), { id: world.freelancer.userId })).toBeNull();
    // Unknown sellers get the same answer.
    expect(await loadSellerProfile(db(), { handle: "nobody-here" })).toBeNull();
    // Another seller's page is untouched.
    expect(await loadSellerProfile(db(), { id: world.stranger.userId })).toMatchObject({ gigs: [] });

    await setTestUserSuspended(db(), world.freelancer.userId, false);
    expect(new Set(await popular())).toEqual(new Set([...sellerGigs, otherGig]));
    expect(await loadSellerProfile(db(), { handle })).toMatchObject({ id: world.freelancer.userId, displayName: "Ayesha Khan" });
    expect(new Set(await profileGigs({ id: world.freelancer.userId }))).toEqual(new Set(sellerGigs));
  });
});
