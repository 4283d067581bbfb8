import { randomUUID } from "node:crypto";
import type { Db } from "../client.ts";
import type { GigStatus, Locale, OrderStatus, PackageTier } from "../generated/prisma/enums.ts";
import { seedFeeSchedule } from "../seed/fee-schedule.ts";

/*
 * One factory per entity for every package's tests. They write rows as the domain would leave
 * them (a gig with its packages, an order with its fee snapshot), never money: a funded order's
 * ledger side is the payments fixtures' job, built on createTestOrder.
 */

let counter = 0;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Unique across test files running at once (pid) and within one (counter), readable in failures. */
function uniqueHandle(name: string): string {
  counter += 1;
  return `${name.toLowerCase().replace(/\W+/g, "-")}-${process.pid}-${counter}`;
}

export interface TestUser {
  userId: string;
  isAdmin: boolean;
  email: string;
  handle: string;
}

export interface TestUserOptions {
  isAdmin?: boolean;
  suspended?: boolean;
  /** false: an account that has not opened its verification link yet (default: verified). */
  emailVerified?: boolean;
  locale?: Locale;
  intent?: "HIRE" | "WORK" | "BOTH";
  /** A profile with this city and languages; none unless given (or through createTestFreelancer). */
  profile?: { city?: string | null; languages?: string[] };
}

/** A person who can sign in with nothing (the password hash matches no password). */
export async function createTestUser(db: Db, name = "Bilal Ahmed", options: TestUserOptions = {}): Promise<TestUser> {
  const handle = uniqueHandle(name);
  const user = await db.user.create({
    data: {
      email: `${handle}@example.pk`,
      passwordHash: "!test-account-no-login",
      displayName: name,
      handle,
      isAdmin: options.isAdmin ?? false,
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
      ...(options.locale ? { preferredLocale: options.locale } : {}),
      ...(options.intent ? { intent: options.intent } : {}),
      ...(options.suspended ? { suspendedAt: new Date(), suspendedReason: "test" } : {}),
      ...(options.profile
        ? { profile: { create: { city: options.profile.city ?? null, languages: options.profile.languages ?? ["ur", "en"] } } }
        : {}),
    },
    select: { id: true, isAdmin: true, email: true },
  });
  return { userId: user.id, isAdmin: user.isAdmin, email: user.email, handle };
}

/** Suspends an account (`true`) or lifts the suspension (`false`), as an admin would; nothing else about it changes. */
export async function setTestUserSuspended(db: Db, userId: string, suspended: boolean): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: suspended ? { suspendedAt: new Date(), suspendedReason: "test" } : { suspendedAt: null, suspendedReason: null },
  });
}

/** A freelancer with a public profile (Lahore, Urdu and English unless given). */
export function createTestFreelancer(db: Db, name = "Ayesha Khan", options: TestUserOptions = {}): Promise<TestUser> {
  return createTestUser(db, name, { intent: "WORK", ...options, profile: { city: "Lahore", ...options.profile } });
}

/** A category, under `parentId` when given. */
export async function createTestCategory(db: Db, options: { parentId?: string; nameEn?: string; nameUr?: string } = {}): Promise<string> {
  const category = await db.category.create({
    data: {
      slug: `category-${randomUUID()}`,
      nameEn: options.nameEn ?? "Logo design",
      nameUr: options.nameUr ?? "لوگو ڈیزائن",
      parentId: options.parentId ?? null,
    },
    select: { id: true },
  });
  return category.id;
}

export const TEST_GIG_PRICES: Record<PackageTier, number> = { BASIC: 500_000, STANDARD: 1_250_050, PREMIUM: 3_000_000 };

export interface TestGigOptions {
  categoryId?: string;
  status?: GigStatus;
  titleUr?: string | null;
  titleEn?: string | null;
  tiers?: PackageTier[];
  prices?: Partial<Record<PackageTier, number>>;
}

/**
 * A gig of `freelancerId` with packages (Basic, Standard, Premium unless given; Premium with
 * unlimited revisions), PUBLISHED unless a status is given, in a new category unless one is.
 */
export async function createTestGig(db: Db, freelancerId: string, options: TestGigOptions = {}): Promise<{ gigId: string; slug: string }> {
  const tiers = options.tiers ?? (["BASIC", "STANDARD", "PREMIUM"] as PackageTier[]);
  const price = (tier: PackageTier) => options.prices?.[tier] ?? TEST_GIG_PRICES[tier];
  const status = options.status ?? "PUBLISHED";
  const gig = await db.gig.create({
    data: {
      slug: `logo-design-${uniqueHandle("gig")}`,
      freelancerId,
      categoryId: options.categoryId ?? (await createTestCategory(db)),
      titleUr: options.titleUr === undefined ? "میں آپ کے کاروبار کے لیے لوگو بناؤں گی" : options.titleUr,
      titleEn: options.titleEn === undefined ? "I will design a logo for your business" : options.titleEn,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      startingPricePaisa: Math.min(...tiers.map(price)),
      packages: {
        create: tiers.map((tier, index) => ({
          tier,
          nameEn: tier,
          nameUr: null,
          descriptionEn: `${tier} package`,
          descriptionUr: null,
          pricePaisa: price(tier),
          deliveryDays: 3 + index * 2,
          revisions: tier === "PREMIUM" ? null : index + 1,
          featuresEn: ["source file"],
          featuresUr: [],
        })),
      },
    },
    select: { id: true, slug: true },
  });
  return { gigId: gig.id, slug: gig.slug };
}

export interface TestOrderRow {
  id: string;
  number: number;
  clientId: string;
  freelancerId: string;
  subtotalPaisa: number;
  clientFeePaisa: number;
  freelancerFeePaisa: number;
  totalPaisa: number;
}

export interface TestOrderOptions {
  clientId: string;
  freelancerId: string;
  /**
   * Fees are the payments package's to calculate (its fixtures pass calculateFees' figures);
   * the default is what the launch schedule charges on Rs 5,000: 2% from the client, 5% from
   * the freelancer.
   */
  amounts?: { subtotalPaisa: number; clientFeePaisa: number; freelancerFeePaisa: number };
  /** The row's status; dates that status implies are filled in. No money moves (see above). */
  status?: OrderStatus;
  gigId?: string | null;
  deliveryDays?: number;
  title?: string;
  /** When it was placed (and, for funded statuses, paid); default now. */
  at?: Date;
}

/** The launch fee schedule (5% freelancer, 2% client), which every order snapshots; once per database. */
export async function ensureTestFeeSchedule(db: Db): Promise<void> {
  await db.$transaction((tx) => seedFeeSchedule(tx));
}

const DEFAULT_AMOUNTS = { subtotalPaisa: 500_000, clientFeePaisa: 10_000, freelancerFeePaisa: 25_000 };

/** An order row, with the fee schedule in force snapshotted, in the state asked for. */
export async function createTestOrder(db: Db, options: TestOrderOptions): Promise<TestOrderRow> {
  await ensureTestFeeSchedule(db);
  const schedule = await db.feeSchedule.findFirstOrThrow({
    where: { effectiveFrom: { lte: new Date() } },
    orderBy: { effectiveFrom: "desc" },
  });
  const amounts = options.amounts ?? DEFAULT_AMOUNTS;
  const status = options.status ?? "PENDING_PAYMENT";
  const now = (options.at ?? new Date()).getTime();
  const deliveryDays = options.deliveryDays ?? 3;
  const funded = status !== "PENDING_PAYMENT" && status !== "CANCELLED";
  const delivered = status === "DELIVERED" || status === "COMPLETED";
  return db.order.create({
    data: {
      source: options.gigId ? "GIG" : "OFFER",
      gigId: options.gigId ?? null,
      clientId: options.clientId,
      freelancerId: options.freelancerId,
      title: options.title ?? "Logo for a Lahore bakery",
      subtotalPaisa: amounts.subtotalPaisa,
      clientFeePaisa: amounts.clientFeePaisa,
      freelancerFeePaisa: amounts.freelancerFeePaisa,
      totalPaisa: amounts.subtotalPaisa + amounts.clientFeePaisa,
      feeScheduleId: schedule.id,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
      deliveryDays,
      status,
      createdAt: new Date(now),
      fundedAt: funded ? new Date(now) : null,
      requirementsSubmittedAt: funded ? new Date(now) : null,
      dueAt: funded ? new Date(now + deliveryDays * DAY_MS) : null,
      deliveredAt: delivered ? new Date(now) : null,
      // The timers the orders domain would have set: three days to reply, ten to review.
      autoCompleteAt: status === "DELIVERED" ? new Date(now + 3 * DAY_MS) : null,
      completedAt: status === "COMPLETED" ? new Date(now) : null,
      reviewsCloseAt: status === "COMPLETED" ? new Date(now + 10 * DAY_MS) : null,
      cancelledAt: status === "CANCELLED" ? new Date(now) : null,
    },
    select: {
      id: true,
      number: true,
      clientId: true,
      freelancerId: true,
      subtotalPaisa: true,
      clientFeePaisa: true,
      freelancerFeePaisa: true,
      totalPaisa: true,
    },
  });
}

/** The conversation between two people, as chat stores it (the pair in id order). */
export async function createTestConversation(db: Db, one: string, two: string): Promise<string> {
  const [userAId, userBId] = [one, two].sort() as [string, string];
  const conversation = await db.conversation.create({
    data: { userAId, userBId, participants: { create: [{ userId: userAId }, { userId: userBId }] } },
    select: { id: true },
  });
  return conversation.id;
}
