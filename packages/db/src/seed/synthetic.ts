import { randomBytes } from "node:crypto";
import type { Db } from "../client.ts";
import { bulkInsert, columnsOf } from "./bulk-insert.ts";
import { seedCategories } from "./categories.ts";
import { DEMO_EMAIL_DOMAIN } from "./demo-credentials.ts";
import { createRandom, syntheticGig, syntheticTags, syntheticUser } from "./synthetic-rows.ts";

/**
 * Synthetic accounts cannot log in: this is not an argon2 hash, so verification always fails.
 * Pass a real hash to make them usable (load tests that log in).
 */
export const UNUSABLE_PASSWORD_HASH = "!synthetic-account-no-login";

export class NoFreelancersError extends Error {
  override name = "NoFreelancersError";
  constructor() {
    super("No freelancers to own the gigs: ask for some users too (--users).");
  }
}

export interface SyntheticOptions {
  users: number;
  gigs: number;
  /** Rows per multi-row insert batch; each batch is one transaction. */
  batchSize?: number;
  /** PRNG seed for the listings' content; ids and emails are unique per run regardless. */
  seed?: number;
  passwordHash?: string;
  onProgress?: (done: { users: number; gigs: number }) => void;
}

export interface SyntheticResult {
  runId: string;
  users: number;
  gigs: number;
  packages: number;
}

/**
 * Appends N synthetic users and M published gigs (with packages and tags) for benchmarks, in
 * multi-row inserts (one unnest-based INSERT per table) batched one transaction per batch. Ids are made here rather than by the
 * database so a batch's gigs, packages and tags go in without reading anything back. Gigs are
 * spread over this run's freelancers, or over existing ones when no users are asked for.
 * Ratings are aggregates only (no review rows): enough for listing and sorting benchmarks.
 */
export async function generateSynthetic(db: Db, options: SyntheticOptions): Promise<SyntheticResult> {
  const batchSize = options.batchSize ?? 5_000;
  const random = createRandom(options.seed ?? 1);
  const runId = randomBytes(4).toString("hex");
  const passwordHash = options.passwordHash ?? UNUSABLE_PASSWORD_HASH;
  const categoryIds = await seedCategories(db);

  const freelancerIds: string[] = [];
  for (let start = 0; start < options.users; start += batchSize) {
    const rows = range(start, Math.min(options.users, start + batchSize)).map((i) =>
      syntheticUser(random, `syn_${runId}_u${i}`, `synthetic-${runId}-${i}@${DEMO_EMAIL_DOMAIN}`, passwordHash),
    );
    await db.$transaction([
      db.$executeRaw(
        bulkInsert(
          "User",
          columnsOf(
            rows.map((r) => r.user),
            USER_COLUMNS,
          ),
        ),
      ),
      db.$executeRaw(
        bulkInsert(
          "Profile",
          columnsOf(
            rows.map((r) => r.profile),
            PROFILE_COLUMNS,
            ["skills", "languages"],
          ),
        ),
      ),
    ]);
    freelancerIds.push(...rows.filter((r) => r.intent !== "HIRE").map((r) => r.id));
    options.onProgress?.({ users: start + rows.length, gigs: 0 });
  }
  if (options.gigs > 0 && freelancerIds.length === 0) freelancerIds.push(...(await existingFreelancers(db)));
  if (options.gigs > 0 && freelancerIds.length === 0) {
    throw new NoFreelancersError();
  }

  const tagIds = await ensureTags(db);
  let packages = 0;
  for (let start = 0; start < options.gigs; start += batchSize) {
    const rows = range(start, Math.min(options.gigs, start + batchSize)).map((i) =>
      syntheticGig(random, `syn_${runId}_g${i}`, `${runId}-${i}`, {
        freelancerIds,
        categoryIds,
        tagIds,
      }),
    );
    const packageRows = rows.flatMap((r) => r.packages);
    await db.$transaction(
      [
        db.$executeRaw(
          bulkInsert(
            "Gig",
            columnsOf(
              rows.map((r) => r.gig),
              GIG_COLUMNS,
            ),
          ),
        ),
        db.$executeRaw(bulkInsert("GigPackage", columnsOf(packageRows, PACKAGE_COLUMNS, ["featuresUr", "featuresEn"]))),
        db.$executeRaw(
          bulkInsert(
            "GigTag",
            columnsOf(
              rows.flatMap((r) => r.tags),
              { gigId: "text", tagId: "text" },
            ),
          ),
        ),
      ],
      { timeout: GIG_BATCH_TIMEOUT_MS },
    );
    packages += packageRows.length;
    options.onProgress?.({ users: options.users, gigs: start + rows.length });
  }
  return { runId, users: options.users, gigs: options.gigs, packages };
}

// The database indexes each gig for search as it goes in (triggers of migration 0004/0005), so a
// batch of thousands takes seconds: more than Prisma's default 5 s transaction timeout allows on
// a busy machine.
const GIG_BATCH_TIMEOUT_MS = 120_000;

// Column types for the bulk inserts; enum columns cast to the enum type Prisma created.
const USER_COLUMNS = {
  id: "text",
  email: "text",
  passwordHash: "text",
  displayName: "text",
  intent: '"AccountIntent"',
  preferredLocale: '"Locale"',
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};
const PROFILE_COLUMNS = {
  userId: "text",
  city: "text",
  bioUr: "text",
  bioEn: "text",
  skills: "text",
  languages: "text",
  updatedAt: "timestamp(3)",
};
const GIG_COLUMNS = {
  id: "text",
  slug: "text",
  freelancerId: "text",
  categoryId: "text",
  titleUr: "text",
  titleEn: "text",
  descriptionUr: "text",
  descriptionEn: "text",
  status: '"GigStatus"',
  publishedAt: "timestamp(3)",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
  startingPricePaisa: "integer",
  viewCount: "integer",
  ordersCompleted: "integer",
  ratingCount: "integer",
  ratingSum: "integer",
};
const PACKAGE_COLUMNS = {
  id: "text",
  gigId: "text",
  tier: '"PackageTier"',
  nameUr: "text",
  nameEn: "text",
  descriptionUr: "text",
  descriptionEn: "text",
  pricePaisa: "integer",
  deliveryDays: "integer",
  revisions: "integer",
  featuresUr: "text",
  featuresEn: "text",
};

async function ensureTags(db: Db): Promise<Map<string, string>> {
  const tags = syntheticTags();
  await db.tag.createMany({ data: tags, skipDuplicates: true });
  const rows = await db.tag.findMany({
    where: { slug: { in: tags.map((t) => t.slug) } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((t) => [t.slug, t.id]));
}

async function existingFreelancers(db: Db): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { intent: { in: ["WORK", "BOTH"] } },
    select: { id: true },
    take: 10_000,
  });
  return rows.map((r) => r.id);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
