import { AppError } from "@hunar/core/app-error";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { createGigWorld, type GigWorld, pendingImage, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues, packageValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";
import type { GigFormValues } from "./validation.ts";

/** Row counts of everything a listing writes. */
async function snapshot(db: TestDb["db"]) {
  const [gigs, packages, tags, gigTags, extras, faqs, revisions, placedImages] = await Promise.all([
    db.gig.count(),
    db.gigPackage.count(),
    db.tag.count(),
    db.gigTag.count(),
    db.gigExtra.count(),
    db.gigFaq.count(),
    db.gigRevision.count(),
    db.gigImage.count({ where: { OR: [{ gigId: { not: null } }, { revisionId: { not: null } }] } }),
  ]);
  return { gigs, packages, tags, gigTags, extras, faqs, revisions, placedImages };
}

describe.each(testDbKinds())("bad gig input writes nothing on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  let liveId: string;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    liveId = (await publishedGig(db(), world)).id;
  });
  afterAll(() => testDb.close());

  const cases: Array<[string, (world: GigWorld, images: string[]) => Partial<GigFormValues>, string]> = [
    ["a price of 0", () => ({ packages: [packageValues({ priceRupees: 0 })] }), "packages.0.priceRupees"],
    ["a fractional price", () => ({ packages: [packageValues({ priceRupees: 4999.99 })] }), "packages.0.priceRupees"],
    ["a price above PKR 10,000,000", () => ({ packages: [packageValues({ priceRupees: 10_000_001 })] }), "packages.0.priceRupees"],
    [
      "4 packages",
      () => ({
        packages: [
          packageValues(),
          packageValues({ tier: "STANDARD" }),
          packageValues({ tier: "PREMIUM" }),
          packageValues({ tier: "PREMIUM" }),
        ],
      }),
      "packages",
    ],
    ["6 tags", () => ({ tags: ["one", "two", "three", "four", "five", "six"] }), "tags"],
    ["6 images", (_w, images) => ({ imageIds: images.slice(0, 6) }), "imageIds"],
    ["a script in the title", () => ({ titleEn: "<script>alert('x')</script> logo" }), "titleEn"],
    [
      "HTML in the Urdu description",
      () => ({ descriptionUr: "بہترین لوگو <img src=x onerror=alert(1)> ڈیزائن، مکمل فائلوں کے ساتھ اور جلد" }),
      "descriptionUr",
    ],
    [
      "a javascript: link in an FAQ answer",
      () => ({ faqs: [{ questionEn: "Where is my portfolio?", answerEn: "[here](javascript:alert(1))" }] }),
      "faqs.0.answerEn",
    ],
    ["HTML in a package feature", () => ({ packages: [packageValues({ featuresUr: ["<b>bold</b>"] })] }), "packages.0.featuresUr.0"],
    ["a main category", (w) => ({ categoryId: w.designCategoryId }), "categoryId"],
    ["an unknown category", () => ({ categoryId: "no-such-category" }), "categoryId"],
    ["someone else's image", (_w, images) => ({ imageIds: [images[6] ?? ""] }), "imageIds"],
  ];

  it.each(cases)("refuses %s on create and on edit, with a field error", async (_name, override, field) => {
    const images = [...(await Promise.all(Array.from({ length: 6 }, () => pendingImage(db(), world.freelancer.userId))))];
    images.push(await pendingImage(db(), world.stranger.userId));
    const values = gigFormValues(world.logoCategoryId, override(world, images));
    const before = await snapshot(db());

    const error = await createGig(db(), world.freelancer, values).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_INPUT");
    expect((error as AppError).fields?.[field]?.key).toMatch(/^(gigs|images):errors\./);
    await expect(updateGig(db(), world.freelancer, liveId, values)).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await snapshot(db())).toEqual(before);
  });

  it("attaches up to 5 of the freelancer's own images in the order given", async () => {
    const images = await Promise.all(Array.from({ length: 5 }, () => pendingImage(db(), world.freelancer.userId)));
    const order = [images[3], images[0], images[4], images[1], images[2]].map((id) => id ?? "");
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { imageIds: order }));
    const placed = await db().gigImage.findMany({ where: { gigId: gig.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(placed.map((i) => i.id)).toEqual(order);
    // Already on that gig, so a second gig cannot take them.
    await expect(
      createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId, { imageIds: [order[0] ?? ""] })),
    ).rejects.toMatchObject({
      fields: { imageIds: { key: "images:errors.unknownImage" } },
    });
  });
});
