import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import type { GigStatus, PackageTier } from "@hunar/db/types";
import { createPerson, type TestPerson } from "@hunar/payments/testing/payment-fixtures";

/*
 * Test-only helpers for checkout: a marketplace with the launch fee schedule, a freelancer with
 * a published gig, a client and an admin. Gigs are written directly (payments does not depend on
 * the gigs package); the checkout code only reads them.
 */

export interface CheckoutWorld {
  freelancer: TestPerson;
  client: TestPerson;
  stranger: TestPerson;
  admin: TestPerson & { isAdmin: true };
  categoryId: string;
  gigId: string;
}

let counter = 0;

export const GIG_PRICES: Record<PackageTier, number> = { BASIC: 500_000, STANDARD: 1_250_050, PREMIUM: 3_000_000 };

export async function createTestGig(
  db: Db,
  world: { freelancer: TestPerson; categoryId: string },
  options: {
    status?: GigStatus;
    titleUr?: string | null;
    titleEn?: string | null;
    tiers?: PackageTier[];
    prices?: Partial<Record<PackageTier, number>>;
  } = {},
): Promise<string> {
  counter += 1;
  const tiers = options.tiers ?? (["BASIC", "STANDARD", "PREMIUM"] as PackageTier[]);
  const gig = await db.gig.create({
    data: {
      slug: `logo-design-${process.pid}-${counter}`,
      freelancerId: world.freelancer.userId,
      categoryId: world.categoryId,
      titleUr: options.titleUr === undefined ? "میں آپ کے کاروبار کے لیے لوگو بناؤں گی" : options.titleUr,
      titleEn: options.titleEn === undefined ? "I will design a logo for your business" : options.titleEn,
      status: options.status ?? "PUBLISHED",
      publishedAt: new Date(),
      startingPricePaisa: GIG_PRICES.BASIC,
      packages: {
        create: tiers.map((tier, index) => ({
          tier,
          name: tier,
          description: `${tier} package`,
          pricePaisa: options.prices?.[tier] ?? GIG_PRICES[tier],
          deliveryDays: 3 + index * 2,
          revisions: tier === "PREMIUM" ? null : index + 1,
          features: ["source file"],
        })),
      },
    },
    select: { id: true },
  });
  return gig.id;
}

export async function createCheckoutWorld(db: Db): Promise<CheckoutWorld> {
  counter += 1;
  await seedFeeSchedule(db);
  const category = await db.category.create({
    data: { slug: `logos-${process.pid}-${counter}`, nameEn: "Logo design", nameUr: "لوگو ڈیزائن" },
    select: { id: true },
  });
  const freelancer = await createPerson(db, "Ayesha Khan");
  const world = {
    freelancer,
    client: await createPerson(db, "Bilal Ahmed"),
    stranger: await createPerson(db, "Sana Malik"),
    admin: { ...(await createPerson(db, "Hunar Admin", { isAdmin: true })), isAdmin: true as const },
    categoryId: category.id,
  };
  return { ...world, gigId: await createTestGig(db, world) };
}
