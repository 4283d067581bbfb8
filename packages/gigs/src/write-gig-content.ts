import type { PackageTier, Tx } from "@hunar/db/types";
import { attachGigImages } from "./images/attach-gig-images.ts";
import { saveGigTags } from "./gig-tags.ts";
import { paisaFromRupees } from "./money.ts";
import type { GigInput } from "./validation.ts";

/** The gig row's own columns for a listing; the starting price is the cheapest package. */
export function gigColumns(input: GigInput) {
  return {
    titleUr: input.titleUr,
    titleEn: input.titleEn,
    descriptionUr: input.descriptionUr,
    descriptionEn: input.descriptionEn,
    categoryId: input.categoryId,
    startingPricePaisa: Math.min(...input.packages.map((p) => paisaFromRupees(p.priceRupees))),
  };
}

/**
 * Writes a listing's packages, tags, extras, FAQ, requirement questions and image order for a gig whose columns the
 * caller writes with gigColumns() in the same transaction, so the starting price never disagrees
 * with the packages. Image ids are checked by the images module (owner's own uploads only).
 */
export async function writeGigChildren(tx: Tx, gig: { id: string; freelancerId: string }, input: GigInput): Promise<void> {
  // Images first: their ownership check is the one that can refuse, and it runs before any write.
  await attachGigImages(tx, { ownerId: gig.freelancerId, gigId: gig.id, imageIds: input.imageIds, field: "imageIds" });
  await savePackages(tx, gig.id, input);
  await saveGigTags(tx, gig.id, input.tags);
  await saveExtras(tx, gig.id, input);
  await tx.gigFaq.deleteMany({ where: { gigId: gig.id } });
  await tx.gigFaq.createMany({
    data: input.faqs.map((faq, position) => ({
      gigId: gig.id,
      questionUr: faq.questionUr,
      questionEn: faq.questionEn,
      answerUr: faq.answerUr,
      answerEn: faq.answerEn,
      position,
    })),
  });
  // Orders keep their own copy of the questions (OrderRequirement), so replacing them changes no order.
  await tx.gigRequirement.deleteMany({ where: { gigId: gig.id } });
  await tx.gigRequirement.createMany({
    data: input.requirements.map((requirement, position) => ({ gigId: gig.id, ...requirement, position })),
  });
}

/**
 * Extras are updated in place by id rather than replaced, so a checkout link or a quote that
 * names an extra still finds it after the listing is edited; an extra the listing drops is
 * deleted (orders keep their own copy of what they bought), and an id that is not one of this
 * gig's extras makes a new one.
 */
async function saveExtras(tx: Tx, gigId: string, input: GigInput): Promise<void> {
  const existing = new Set((await tx.gigExtra.findMany({ where: { gigId }, select: { id: true } })).map((extra) => extra.id));
  const kept = input.extras.flatMap((extra) => (extra.id && existing.has(extra.id) ? [extra.id] : []));
  await tx.gigExtra.deleteMany({ where: { gigId, id: { notIn: kept } } });
  for (const [position, extra] of input.extras.entries()) {
    const terms = {
      titleUr: extra.titleUr,
      titleEn: extra.titleEn,
      descriptionUr: extra.descriptionUr,
      descriptionEn: extra.descriptionEn,
      pricePaisa: paisaFromRupees(extra.priceRupees),
      extraDays: extra.extraDays,
      position,
    };
    if (extra.id && existing.has(extra.id)) await tx.gigExtra.update({ where: { id: extra.id }, data: terms });
    else await tx.gigExtra.create({ data: { gigId, ...terms } });
  }
}

/**
 * Packages are updated in place by tier rather than replaced, so orders placed on a package keep
 * pointing at it; a tier the listing drops is deleted (its orders keep their own copy of the terms).
 */
async function savePackages(tx: Tx, gigId: string, input: GigInput): Promise<void> {
  const tiers: PackageTier[] = input.packages.map((p) => p.tier);
  await tx.gigPackage.deleteMany({ where: { gigId, tier: { notIn: tiers } } });
  for (const pkg of input.packages) {
    const terms = {
      nameUr: pkg.nameUr,
      nameEn: pkg.nameEn,
      descriptionUr: pkg.descriptionUr,
      descriptionEn: pkg.descriptionEn,
      pricePaisa: paisaFromRupees(pkg.priceRupees),
      deliveryDays: pkg.deliveryDays,
      revisions: pkg.revisions,
      featuresUr: pkg.featuresUr,
      featuresEn: pkg.featuresEn,
    };
    await tx.gigPackage.upsert({
      where: { gigId_tier: { gigId, tier: pkg.tier } },
      create: { gigId, tier: pkg.tier, ...terms },
      update: terms,
    });
  }
}
