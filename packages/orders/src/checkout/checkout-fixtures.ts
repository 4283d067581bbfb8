import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import { createTestCategory, createTestGig as createGig, TEST_GIG_PRICES, type TestGigOptions } from "@hunar/db/testing/factories";
import { createPerson, type TestPerson } from "@hunar/payments/testing/payment-fixtures";

/*
 * Test-only helpers for checkout: a marketplace with the launch fee schedule, a freelancer with
 * a published gig, a client and an admin, built from the shared factories.
 */

export interface CheckoutWorld {
  freelancer: TestPerson;
  client: TestPerson;
  stranger: TestPerson;
  admin: TestPerson & { isAdmin: true };
  categoryId: string;
  gigId: string;
}

export const GIG_PRICES = TEST_GIG_PRICES;

/** A gig of the world's freelancer in the world's category (PUBLISHED, three packages unless asked). */
export async function createTestGig(
  db: Db,
  world: { freelancer: TestPerson; categoryId: string },
  options: TestGigOptions = {},
): Promise<string> {
  const { gigId } = await createGig(db, world.freelancer.userId, { categoryId: world.categoryId, ...options });
  return gigId;
}

export async function createCheckoutWorld(db: Db): Promise<CheckoutWorld> {
  await seedFeeSchedule(db);
  const categoryId = await createTestCategory(db);
  const freelancer = await createPerson(db, "Ayesha Khan");
  const world = {
    freelancer,
    client: await createPerson(db, "Bilal Ahmed"),
    stranger: await createPerson(db, "Sana Malik"),
    admin: { ...(await createPerson(db, "Hunar Admin", { isAdmin: true })), isAdmin: true as const },
    categoryId,
  };
  return { ...world, gigId: await createTestGig(db, world) };
}

export interface TestExtra {
  titleUr?: string | null;
  titleEn?: string | null;
  pricePaisa: number;
  extraDays?: number;
}

/** Paid extras on a gig, in the order given; their ids in that order. */
export async function addGigExtras(db: Db, gigId: string, extras: readonly TestExtra[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [position, extra] of extras.entries()) {
    const row = await db.gigExtra.create({ data: { gigId, position, extraDays: 0, ...extra }, select: { id: true } });
    ids.push(row.id);
  }
  return ids;
}

export interface TestQuestion {
  question: string;
  required?: boolean;
  allowFile?: boolean;
}

/** Requirement questions on a gig, at positions 0, 1, … in the order given. */
export async function addGigRequirements(db: Db, gigId: string, questions: readonly TestQuestion[]): Promise<void> {
  await db.gigRequirement.createMany({
    data: questions.map((question, position) => ({ gigId, position, required: true, allowFile: false, ...question })),
  });
}
