import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { Prisma } from "@hunar/db/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import {
  countOrderableGigsSql,
  findOrderableGig,
  findOrderableGigTitle,
  isOrderableGig,
  orderableGigSelect,
  orderableGigSql,
  orderableGigWhere,
} from "./orderable-gig.ts";
import { pauseGig, resumeGig } from "./pause-gig.ts";
import { createGigWorld, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues, packageValues } from "./testing/gig-form.ts";

const unavailable = { code: "NOT_FOUND", messageKey: "gigs:errors.gigUnavailable" };

describe.each(testDbKinds())("the orderable-gig rule on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  let gigId: string;
  const db = () => testDb.db;
  /** Whether the rule lets the gig through, asked every way it can be asked. */
  async function orderable(id: string): Promise<boolean[]> {
    const row = await db().gig.findUniqueOrThrow({ where: { id }, select: orderableGigSelect });
    const found = await findOrderableGig(db(), id, "BASIC").then(
      () => true,
      (error: unknown) => {
        expect(error).toMatchObject(unavailable);
        return false;
      },
    );
    const [sql] = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "Gig" g WHERE g."id" = ${id} AND ${orderableGigSql("g")}`;
    return [
      isOrderableGig(row),
      (await db().gig.count({ where: { id, ...orderableGigWhere } })) === 1,
      sql?.n === 1,
      (await db().$queryRaw<{ total: number }[]>(countOrderableGigsSql(Prisma.sql`g."id" = ${id}`)))[0]?.total === 1,
      found,
      (await findOrderableGigTitle(db(), id)) !== null,
    ];
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    gigId = (await publishedGig(db(), world)).id;
  });
  afterAll(() => testDb.close());

  it("gives the gig and the package of the tier asked for", async () => {
    const { gig, package: pkg } = await findOrderableGig(db(), gigId, "STANDARD");
    expect(gig).toMatchObject({
      id: gigId,
      freelancerId: world.freelancer.userId,
      titleEn: "I will design a modern minimalist logo for your business",
    });
    expect(pkg).toMatchObject({
      tier: "STANDARD",
      nameEn: "Brand kit",
      nameUr: "برانڈ کٹ",
      pricePaisa: 1_200_000,
      deliveryDays: 5,
      revisions: 2,
    });
    expect(await findOrderableGigTitle(db(), gigId)).toEqual({ id: gigId, slug: gig.slug, titleUr: gig.titleUr, titleEn: gig.titleEn });
  });

  it("refuses a tier the gig does not offer with packageUnavailable", async () => {
    const basicOnly = await publishedGig(db(), world, { packages: [packageValues()] });
    await expect(findOrderableGig(db(), basicOnly.id, "PREMIUM")).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "gigs:errors.packageUnavailable",
    });
  });

  it("refuses unknown gigs and drafts with gigUnavailable", async () => {
    await expect(findOrderableGig(db(), "no-such-gig", "BASIC")).rejects.toMatchObject(unavailable);
    expect(await findOrderableGigTitle(db(), "no-such-gig")).toBeNull();
    expect(await findOrderableGigTitle(db(), "x".repeat(201))).toBeNull();
    const draft = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    expect(await orderable(draft.id)).toEqual([false, false, false, false, false, false]);
  });

  it("a paused gig stops being orderable and comes back when resumed", async () => {
    await pauseGig(db(), world.freelancer, gigId);
    expect(await orderable(gigId)).toEqual([false, false, false, false, false, false]);
    await resumeGig(db(), world.freelancer, gigId);
    expect(await orderable(gigId)).toEqual([true, true, true, true, true, true]);
  });

  it("a suspended seller's published gigs stop being orderable, and come back when the suspension is lifted", async () => {
    const other = await publishedGig(db(), world);
    await setTestUserSuspended(db(), world.freelancer.userId, true);
    expect(await orderable(gigId)).toEqual([false, false, false, false, false, false]);
    expect(await orderable(other.id)).toEqual([false, false, false, false, false, false]);
    await expect(findOrderableGig(db(), gigId, "PREMIUM")).rejects.toMatchObject(unavailable);
    // The gig itself is untouched: suspension is about the account, not the listing.
    expect(await db().gig.findUniqueOrThrow({ where: { id: gigId } })).toMatchObject({ status: "PUBLISHED" });

    await setTestUserSuspended(db(), world.freelancer.userId, false);
    expect(await orderable(gigId)).toEqual([true, true, true, true, true, true]);
    expect(await orderable(other.id)).toEqual([true, true, true, true, true, true]);
  });
});
