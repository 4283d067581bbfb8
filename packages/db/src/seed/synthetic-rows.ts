import type { AccountIntent, PackageTier, Prisma } from "../generated/prisma/client.ts";
import { tagSlug } from "./seed-gigs.ts";
import { AUDIENCES, CITIES, FIRST_NAMES, LAST_NAMES, PROMISES, QUALITIES, SERVICES } from "./synthetic-words.ts";

/** Deterministic PRNG (mulberry32), so `--seed` reproduces the same listings. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick };
}
export type Random = ReturnType<typeof createRandom>;

const DAY_MS = 24 * 60 * 60 * 1000;
const INTENTS: readonly AccountIntent[] = ["WORK", "WORK", "BOTH", "HIRE"];

export function syntheticUser(random: Random, id: string, email: string, passwordHash: string) {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const intent = random.pick(INTENTS);
  const user: Prisma.UserCreateManyInput = {
    id,
    email,
    passwordHash,
    displayName: `${first} ${last}`,
    intent,
    preferredLocale: random.next() < 0.6 ? "ur" : "en",
    createdAt: new Date(Date.now() - random.int(0, 730) * DAY_MS),
    updatedAt: new Date(),
  };
  const service = random.pick(SERVICES);
  const profile: Prisma.ProfileCreateManyInput = {
    userId: id,
    city: random.pick(CITIES),
    bioUr: intent === "HIRE" ? null : `${service.ur} میں ${random.int(1, 12)} سال کا تجربہ۔`,
    bioEn: intent === "HIRE" ? null : `${random.int(1, 12)} years of ${service.en}.`,
    skills: intent === "HIRE" ? [] : [service.en],
    languages: ["ur", "en"],
    updatedAt: new Date(),
  };
  return { id, user, profile, intent };
}

/** Every tag the generator uses: each service's English and Roman Urdu names. */
export function syntheticTags(): { slug: string; label: string }[] {
  const labels = SERVICES.flatMap((s) => [s.en.toLowerCase(), s.roman]);
  return [...new Set(labels)].map((label) => ({ slug: tagSlug(label), label }));
}

const TIERS: readonly PackageTier[] = ["BASIC", "STANDARD", "PREMIUM"];
const TIER_NAMES = { BASIC: "Basic", STANDARD: "Standard", PREMIUM: "Premium" } as const;
const TIER_NAMES_UR = { BASIC: "بنیادی", STANDARD: "معیاری", PREMIUM: "پریمیم" } as const;
const TIER_FACTOR = { BASIC: 1, STANDARD: 2.2, PREMIUM: 4.5 } as const;

export interface SyntheticGigRefs {
  freelancerIds: readonly string[];
  categoryIds: ReadonlyMap<string, string>;
  tagIds: ReadonlyMap<string, string>;
}

export function syntheticGig(random: Random, id: string, slugSuffix: string, refs: SyntheticGigRefs) {
  const service = random.pick(SERVICES);
  const quality = random.pick(QUALITIES);
  const audience = random.pick(AUDIENCES);
  const days = random.int(1, 7);
  const categoryId = refs.categoryIds.get(service.category);
  if (categoryId === undefined) throw new Error(`unknown category ${service.category}`);

  // A third of English titles are typed in Roman Urdu, the way many sellers write them.
  const titleEn =
    random.next() < 1 / 3
      ? `${service.roman} ${quality.roman}, ${days} din mein`
      : `I will do ${quality.en} ${service.en} for your ${audience.en}`;
  const titleUr = `آپ کے ${audience.ur} کے لیے ${quality.ur} ${service.ur}، ${days} دن میں`;
  const promiseA = random.pick(PROMISES);
  const promiseB = random.pick(PROMISES);
  const basePaisa = random.int(2, 100) * 50_000; // Rs 1,000 to Rs 50,000 in Rs 500 steps
  const packageCount = random.pick([1, 2, 3, 3]);
  const packages: Prisma.GigPackageCreateManyInput[] = TIERS.slice(0, packageCount).map((tier, index) => ({
    id: `${id}_${index}`,
    gigId: id,
    tier,
    nameUr: TIER_NAMES_UR[tier],
    nameEn: TIER_NAMES[tier],
    descriptionUr: `${service.ur}، ${TIER_NAMES_UR[tier]} پیکج`,
    descriptionEn: `${TIER_NAMES[tier]} ${service.en}`,
    pricePaisa: Math.round((basePaisa * TIER_FACTOR[tier]) / 100) * 100,
    deliveryDays: days + index * 2,
    revisions: tier === "PREMIUM" ? null : index + 1,
    featuresUr: [service.ur, `${index + 1} نظرِ ثانی`],
    featuresEn: [service.en, `${index + 1} revision(s)`],
  }));
  const rated = random.next() < 0.4;
  const ratingCount = rated ? random.int(1, 300) : 0;
  const publishedAt = new Date(Date.now() - random.int(0, 365) * DAY_MS);

  const gig: Prisma.GigCreateManyInput = {
    id,
    slug: `${tagSlug(service.roman)}-${slugSuffix}`,
    freelancerId: random.pick(refs.freelancerIds),
    categoryId,
    titleUr,
    titleEn,
    descriptionUr: `${quality.ur} ${service.ur}۔ ${promiseA.ur} ${promiseB.ur}`,
    descriptionEn: `${capitalise(quality.en)} ${service.en} for your ${audience.en}. ${promiseA.en} ${promiseB.en}`,
    status: "PUBLISHED",
    publishedAt,
    createdAt: publishedAt,
    updatedAt: publishedAt,
    startingPricePaisa: packages[0]?.pricePaisa ?? null,
    viewCount: random.int(0, 5_000),
    ordersCompleted: ratingCount,
    ratingCount,
    ratingSum: Math.round(ratingCount * (3.5 + random.next() * 1.5)),
  };
  const slugs = new Set([tagSlug(service.en), tagSlug(service.roman)]);
  const tags: Prisma.GigTagCreateManyInput[] = [...slugs].flatMap((slug) => {
    const tagId = refs.tagIds.get(slug);
    return tagId === undefined ? [] : [{ gigId: id, tagId }];
  });
  return { gig, packages, tags };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
