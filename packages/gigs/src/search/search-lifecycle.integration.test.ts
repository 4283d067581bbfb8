import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "../create-gig.ts";
import { approveGig } from "../moderate-gig.ts";
import { pauseGig } from "../pause-gig.ts";
import { submitGig } from "../submit-gig.ts";
import { createGigWorld, type GigWorld } from "../testing/gig-fixtures.ts";
import { gigFormValues } from "../testing/gig-form.ts";
import { updateGig } from "../update-gig.ts";
import { searchGigs } from "./search-gigs.ts";
import { parseSearchParams } from "./search-params.ts";

// The listing lifecycle as the gigs domain runs it, seen from search: only what the public may
// see is searchable, and an edit of a published gig is searchable once it is approved.
describe.each(testDbKinds())("search through the gig lifecycle on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const admin = () => ({ userId: world.admin.userId, isAdmin: true });
  const found = async (q: string) => (await searchGigs(db(), parseSearchParams({ q }))).items.map((item) => item.id);

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("create → submit → approve makes a gig findable in Urdu, English and Roman Urdu", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { tags: ["logo", "لوگو", "logo bnana"] }));
    expect(await found("logo")).not.toContain(gig.id);

    await submitGig(db(), world.freelancer, gig.id);
    expect(await found("logo")).not.toContain(gig.id);

    await approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules");
    for (const q of ["logo design", "لوگو ڈیزائن", "logo bnana", "minimalist logo", "لوگو"]) {
      expect(await found(q), q).toContain(gig.id);
    }

    await pauseGig(db(), world.freelancer, gig.id);
    expect(await found("logo design")).not.toContain(gig.id);
  });

  it("an edit of a published gig is searchable only once approved", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    await approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules");

    const edit = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, {
        titleEn: "I will draw a hand made mascot for your brand",
        titleUr: "میں آپ کے برانڈ کے لیے ہاتھ سے بنا میسکوٹ بناؤں گا",
        tags: ["mascot"],
      }),
    );
    expect(await found("mascot")).not.toContain(gig.id);
    expect(await found("minimalist logo")).toContain(gig.id);

    await approveGig(db(), admin(), { kind: "REVISION", revisionId: edit.pendingRevisionId ?? "" }, "Meets the listing rules");
    expect(await found("mascot")).toContain(gig.id);
    expect(await found("میسکوٹ")).toContain(gig.id);
    expect(await found("minimalist logo")).not.toContain(gig.id);
  });
});
