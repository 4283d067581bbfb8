import { AppError } from "@hunar/core/app-error";
import { type ActiveUserFields, activeUserSelect, activeUserSql, activeUserWhere, isActiveUser } from "@hunar/db/active-user";
import { type Db, type GigStatus, type PackageTier, Prisma, type Tx } from "@hunar/db/types";

/*
 * The orderable-gig rule, owned here: a gig buyers can order is a published gig whose seller's
 * account is active. It is also the rule for what buyers see (search, category pages, the home
 * page, a seller's page, the gig page): nothing is listed that cannot be ordered, and nothing
 * can be ordered that is not listed. Drafts, gigs in review, paused and rejected gigs, and every
 * gig of a suspended seller are simply not available, with no hint which; lifting the suspension
 * brings the seller's published gigs back, since suspension never changes a gig's status.
 */

/** A `where` for Gig rows that only orderable gigs pass. */
export const orderableGigWhere = { status: "PUBLISHED", freelancer: activeUserWhere } as const satisfies Prisma.GigWhereInput;

/** What to select so `isOrderableGig` can decide on a loaded gig. */
export const orderableGigSelect = { status: true, freelancer: { select: activeUserSelect } } as const satisfies Prisma.GigSelect;

/** The rule for a gig loaded with `orderableGigSelect`. */
export function isOrderableGig(gig: { status: GigStatus; freelancer: ActiveUserFields }): boolean {
  return gig.status === "PUBLISHED" && isActiveUser(gig.freelancer);
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

function gigAlias(alias: string): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`orderable gig SQL: not an SQL alias: ${alias}`);
  return Prisma.raw(alias);
}

/**
 * The rule as a raw SQL condition on the "Gig" row named `alias` (a code constant). The seller
 * test is written as "no inactive seller" so PostgreSQL answers it with an anti-join against the
 * few suspended accounts (indexed) instead of hashing every active one.
 */
export function orderableGigSql(alias: string): Prisma.Sql {
  const gig = gigAlias(alias);
  return Prisma.sql`${gig}."status" = 'PUBLISHED' AND NOT EXISTS (
    SELECT 1 FROM "User" seller WHERE seller."id" = ${gig}."freelancerId" AND NOT (${activeUserSql("seller")}))`;
}

/**
 * One row, one int `total`: how many orderable gigs match `where` (conditions on "Gig" g). It
 * counts the published matches and takes away those of inactive sellers, rather than checking
 * every match's seller: the first count stays an index-only scan on the (status, ...) indexes,
 * and the second reads only the gigs of the few suspended accounts. The same set as
 * `orderableGigSql("g") AND where`.
 */
export function countOrderableGigsSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT (
      (SELECT count(*) FROM "Gig" g WHERE g."status" = 'PUBLISHED' AND ${where})
      - (SELECT count(*) FROM "User" seller JOIN "Gig" g ON g."freelancerId" = seller."id"
         WHERE NOT (${activeUserSql("seller")}) AND g."status" = 'PUBLISHED' AND ${where})
    )::int AS total`;
}

/** The id, address and titles of an orderable gig, to name it elsewhere (a message about it); null otherwise. */
export async function findOrderableGigTitle(
  db: Db | Tx,
  gigId: string,
): Promise<{ id: string; slug: string; titleUr: string | null; titleEn: string | null } | null> {
  if (gigId.length === 0 || gigId.length > 200) return null;
  return db.gig.findFirst({ where: { id: gigId, ...orderableGigWhere }, select: { id: true, slug: true, titleUr: true, titleEn: true } });
}

export const gigUnavailable = () => new AppError("NOT_FOUND", "gigs:errors.gigUnavailable");
export const packageUnavailable = () => new AppError("NOT_FOUND", "gigs:errors.packageUnavailable");

const ORDERABLE_PACKAGE_SELECT = {
  id: true,
  tier: true,
  nameUr: true,
  nameEn: true,
  descriptionUr: true,
  descriptionEn: true,
  pricePaisa: true,
  deliveryDays: true,
  revisions: true,
  featuresUr: true,
  featuresEn: true,
} as const satisfies Prisma.GigPackageSelect;

/** A package as pages and checkout show it; its texts in Urdu, English or both (at least one). */
export interface GigPackageView {
  id: string;
  tier: PackageTier;
  nameUr: string | null;
  nameEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  pricePaisa: number;
  deliveryDays: number;
  /** Null: unlimited. */
  revisions: number | null;
  featuresUr: string[];
  featuresEn: string[];
}

/** A paid add-on the buyer may tick at checkout; titled in Urdu, English or both. */
export interface GigExtraView {
  id: string;
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  pricePaisa: number;
  extraDays: number;
}

export const gigExtraViewSelect = {
  id: true,
  titleUr: true,
  titleEn: true,
  descriptionUr: true,
  descriptionEn: true,
  pricePaisa: true,
  extraDays: true,
} as const satisfies Prisma.GigExtraSelect;

/** A question the client answers before the work starts (copied onto each order placed). */
export interface GigRequirementView {
  position: number;
  question: string;
  required: boolean;
  allowFile: boolean;
}

export interface OrderableGig {
  gig: { id: string; slug: string; freelancerId: string; freelancerName: string; titleUr: string | null; titleEn: string | null };
  package: GigPackageView;
  extras: GigExtraView[];
  requirements: GigRequirementView[];
}

/**
 * The gig and its package of `tier`, when the gig can be ordered now; otherwise NOT_FOUND
 * `gigs:errors.gigUnavailable` (unknown, not published, or the seller is not active) or
 * `gigs:errors.packageUnavailable` (the gig does not offer that tier). With the gig's extras and
 * requirement questions, in the listing's order. One query.
 */
export async function findOrderableGig(db: Db | Tx, gigId: string, tier: PackageTier): Promise<OrderableGig> {
  const found = await db.gig.findFirst({
    where: { id: gigId, ...orderableGigWhere },
    select: {
      id: true,
      slug: true,
      freelancerId: true,
      titleUr: true,
      titleEn: true,
      freelancer: { select: { displayName: true } },
      packages: { where: { tier }, select: ORDERABLE_PACKAGE_SELECT },
      extras: { orderBy: { position: "asc" }, select: gigExtraViewSelect },
      requirements: { orderBy: { position: "asc" }, select: { position: true, question: true, required: true, allowFile: true } },
    },
  });
  if (!found) throw gigUnavailable();
  const { packages, freelancer, extras, requirements, ...gig } = found;
  const [pkg] = packages;
  if (!pkg) throw packageUnavailable();
  return { gig: { ...gig, freelancerName: freelancer.displayName }, package: pkg, extras, requirements };
}
