import type { Db, GigStatus, Tx } from "@hunar/db/types";
import type { GigExtraView, GigPackageView } from "./orderable-gig.ts";

export interface CategoryRef {
  id: string;
  slug: string;
  nameUr: string;
  nameEn: string;
}

export interface GigImageView {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  variantWidths: number[];
  altUr: string | null;
  altEn: string | null;
}

/** A question in Urdu, English or both, with its answer in the same language. */
export interface GigFaqView {
  id: string;
  questionUr: string | null;
  questionEn: string | null;
  answerUr: string | null;
  answerEn: string | null;
}

/** A gig with everything its page shows that lives in the gig's own tables, as `loadGigRow` reads it. */
export interface GigRow {
  id: string;
  slug: string;
  freelancerId: string;
  status: GigStatus;
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  rejectionReason: string | null;
  startingPricePaisa: number | null;
  ratingSum: number;
  ratingCount: number;
  ordersCompleted: number;
  viewCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  freelancer: { suspendedAt: Date | null };
  category: CategoryRef & { parent: CategoryRef | null };
  packages: GigPackageView[];
  images: GigImageView[];
  tags: Array<{ slug: string; label: string }>;
  extras: GigExtraView[];
  faqs: GigFaqView[];
}

type RawGigRow = Omit<GigRow, "freelancer"> & { sellerSuspendedAt: Date | null };

/**
 * The gig by id or slug with its seller's status, category, packages, images, tags, extras and
 * FAQs, in one statement. Through Prisma's includes the same read was ten queries, one per
 * relation; the gig page is read far more than anything else, and on the embedded database each
 * query costs the server's own CPU. The child rows come back as JSON arrays in page order.
 */
export async function loadGigRow(db: Db | Tx, idOrSlug: string): Promise<GigRow | null> {
  const rows = await db.$queryRaw<RawGigRow[]>`
    SELECT g."id", g."slug", g."freelancerId", g."status"::text AS "status", g."titleUr", g."titleEn", g."descriptionUr",
      g."descriptionEn", g."rejectionReason", g."startingPricePaisa", g."ratingSum", g."ratingCount", g."ordersCompleted",
      g."viewCount", g."publishedAt", g."createdAt", g."updatedAt", seller."suspendedAt" AS "sellerSuspendedAt",
      json_build_object('id', c."id", 'slug', c."slug", 'nameUr', c."nameUr", 'nameEn', c."nameEn",
        'parent', CASE WHEN p."id" IS NULL THEN NULL
                       ELSE json_build_object('id', p."id", 'slug', p."slug", 'nameUr', p."nameUr", 'nameEn', p."nameEn") END) AS "category",
      COALESCE((SELECT json_agg(json_build_object('id', k."id", 'tier', k."tier", 'nameUr', k."nameUr", 'nameEn', k."nameEn",
          'descriptionUr', k."descriptionUr", 'descriptionEn', k."descriptionEn", 'pricePaisa', k."pricePaisa",
          'deliveryDays', k."deliveryDays", 'revisions', k."revisions", 'featuresUr', k."featuresUr", 'featuresEn', k."featuresEn"))
        FROM "GigPackage" k WHERE k."gigId" = g."id"), '[]'::json) AS "packages",
      COALESCE((SELECT json_agg(json_build_object('id', i."id", 'storageKey', i."storageKey", 'width', i."width", 'height', i."height",
          'variantWidths', i."variantWidths", 'altUr', i."altUr", 'altEn', i."altEn") ORDER BY i."position", i."id")
        FROM "GigImage" i WHERE i."gigId" = g."id"), '[]'::json) AS "images",
      COALESCE((SELECT json_agg(json_build_object('slug', t."slug", 'label', t."label"))
        FROM "GigTag" gt JOIN "Tag" t ON t."id" = gt."tagId" WHERE gt."gigId" = g."id"), '[]'::json) AS "tags",
      COALESCE((SELECT json_agg(json_build_object('id', e."id", 'titleUr', e."titleUr", 'titleEn', e."titleEn",
          'descriptionUr', e."descriptionUr", 'descriptionEn', e."descriptionEn", 'pricePaisa', e."pricePaisa",
          'extraDays', e."extraDays") ORDER BY e."position", e."id")
        FROM "GigExtra" e WHERE e."gigId" = g."id"), '[]'::json) AS "extras",
      COALESCE((SELECT json_agg(json_build_object('id', f."id", 'questionUr', f."questionUr", 'questionEn', f."questionEn",
          'answerUr', f."answerUr", 'answerEn', f."answerEn") ORDER BY f."position", f."id")
        FROM "GigFaq" f WHERE f."gigId" = g."id"), '[]'::json) AS "faqs"
    FROM "Gig" g
    JOIN "User" seller ON seller."id" = g."freelancerId"
    JOIN "Category" c ON c."id" = g."categoryId"
    LEFT JOIN "Category" p ON p."id" = c."parentId"
    WHERE g."id" = ${idOrSlug} OR g."slug" = ${idOrSlug}
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const { sellerSuspendedAt, ...gig } = row;
  return { ...gig, freelancer: { suspendedAt: sellerSuspendedAt } };
}
