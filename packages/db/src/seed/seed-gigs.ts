import type { SeedDb } from "./db-handle.ts";
import { DEMO_GIGS, type GigSeed } from "./demo-gigs.ts";
import { paisaFromRupees } from "./money.ts";

export interface SeededGig {
  id: string;
  freelancerId: string;
  /** The package demo orders buy: STANDARD when offered, else the cheapest. */
  orderPackage: {
    id: string;
    tier: "BASIC" | "STANDARD" | "PREMIUM";
    pricePaisa: number;
    deliveryDays: number;
    revisions: number | null;
  };
}

/** Lower-cased, spaces to hyphens; Urdu letters are kept, so "لوگو" is its own tag. */
export function tagSlug(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, "-");
}

/**
 * Creates the demo gigs that do not exist yet (natural key: slug), published, with packages,
 * extras, FAQ and tags. Existing gigs are left alone so edits made while demoing survive.
 */
export async function seedDemoGigs(
  db: SeedDb,
  refs: { users: Map<string, string>; categories: Map<string, string> },
): Promise<{ gigs: Map<string, SeededGig>; created: number }> {
  const gigs = new Map<string, SeededGig>();
  let created = 0;
  for (const seed of DEMO_GIGS) {
    const freelancerId = need(refs.users, seed.freelancer, "user");
    let gig = await findGig(db, seed.slug);
    if (!gig) {
      await db.gig.create({
        data: gigData(seed, freelancerId, need(refs.categories, seed.category, "category")),
      });
      gig = await findGig(db, seed.slug);
      created += 1;
    }
    if (!gig) throw new Error(`gig ${seed.slug} vanished while seeding`);
    const orderPackage = gig.packages.find((p) => p.tier === "STANDARD") ?? gig.packages[0];
    if (!orderPackage) throw new Error(`gig ${seed.slug} has no packages`);
    gigs.set(seed.slug, { id: gig.id, freelancerId: gig.freelancerId, orderPackage });
  }
  return { gigs, created };
}

function findGig(db: SeedDb, slug: string) {
  return db.gig.findUnique({
    where: { slug },
    select: {
      id: true,
      freelancerId: true,
      packages: {
        select: {
          id: true,
          tier: true,
          pricePaisa: true,
          deliveryDays: true,
          revisions: true,
        },
        orderBy: { pricePaisa: "asc" },
      },
    },
  });
}

function gigData(seed: GigSeed, freelancerId: string, categoryId: string) {
  const prices = seed.packages.map((p) => paisaFromRupees(p.priceRupees));
  return {
    slug: seed.slug,
    freelancerId,
    categoryId,
    titleUr: seed.titleUr,
    titleEn: seed.titleEn,
    descriptionUr: seed.descriptionUr,
    descriptionEn: seed.descriptionEn,
    status: "PUBLISHED" as const,
    publishedAt: new Date(),
    startingPricePaisa: Math.min(...prices),
    packages: {
      create: seed.packages.map((p) => ({
        tier: p.tier,
        nameUr: p.nameUr,
        nameEn: p.nameEn,
        descriptionUr: p.descriptionUr,
        descriptionEn: p.descriptionEn,
        pricePaisa: paisaFromRupees(p.priceRupees),
        deliveryDays: p.deliveryDays,
        revisions: p.revisions,
        featuresUr: p.featuresUr,
        featuresEn: p.featuresEn,
      })),
    },
    extras: {
      create: (seed.extras ?? []).map((e, position) => ({
        titleUr: e.titleUr,
        titleEn: e.titleEn,
        pricePaisa: paisaFromRupees(e.priceRupees),
        extraDays: e.extraDays,
        position,
      })),
    },
    faqs: { create: (seed.faqs ?? []).map((f, position) => ({ ...f, position })) },
    requirements: { create: (seed.requirements ?? []).map((r, position) => ({ ...r, position })) },
    tags: {
      create: seed.tags.map((label) => ({
        tag: {
          connectOrCreate: {
            where: { slug: tagSlug(label) },
            create: { slug: tagSlug(label), label },
          },
        },
      })),
    },
  };
}

export function need(map: Map<string, string>, key: string, what: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown ${what} "${key}"`);
  return value;
}
