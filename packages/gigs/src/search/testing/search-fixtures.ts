import { randomUUID } from "node:crypto";
import { createTestUser } from "@hunar/db/testing/factories";
import type { Db } from "@hunar/db/client";
import type { GigStatus } from "@hunar/db/types";

// Rows for search tests, written through Prisma like the gigs domain writes them, so the
// database's search triggers fill the search columns exactly as in production.

export async function createSeller(db: Db, seller: { name: string; city: string | null; languages: string[] }): Promise<string> {
  const { userId } = await createTestUser(db, seller.name, { intent: "WORK", profile: { city: seller.city, languages: seller.languages } });
  return userId;
}

export interface GigFixture {
  freelancerId: string;
  categoryId: string;
  titleEn?: string | null;
  titleUr?: string | null;
  descriptionEn?: string | null;
  descriptionUr?: string | null;
  tags?: string[];
  /** One package per entry; the cheapest becomes the starting price. */
  packages?: { rupees: number; days: number }[];
  rating?: { average: number; count: number };
  publishedAt?: Date;
  status?: GigStatus;
  imageKey?: string;
}

const TIERS = ["BASIC", "STANDARD", "PREMIUM"] as const;

export async function createGig(db: Db, fixture: GigFixture): Promise<string> {
  const packages = fixture.packages ?? [{ rupees: 5_000, days: 3 }];
  const status = fixture.status ?? "PUBLISHED";
  const count = fixture.rating?.count ?? 0;
  const gig = await db.gig.create({
    data: {
      slug: `gig-${randomUUID()}`,
      freelancerId: fixture.freelancerId,
      categoryId: fixture.categoryId,
      titleEn: fixture.titleEn ?? null,
      titleUr: fixture.titleUr ?? null,
      descriptionEn: fixture.descriptionEn ?? "A careful job, delivered on time.",
      descriptionUr: fixture.descriptionUr ?? null,
      status,
      publishedAt: status === "DRAFT" || status === "PENDING_REVIEW" ? null : (fixture.publishedAt ?? new Date()),
      startingPricePaisa: Math.min(...packages.map((p) => p.rupees * 100)),
      ratingCount: count,
      ratingSum: Math.round((fixture.rating?.average ?? 0) * count),
      packages: {
        create: packages.map((p, i) => ({
          tier: TIERS[i] ?? "PREMIUM",
          nameEn: TIERS[i] ?? "PREMIUM",
          descriptionEn: "Package",
          pricePaisa: p.rupees * 100,
          deliveryDays: p.days,
          revisions: 1,
          featuresEn: [],
          featuresUr: [],
        })),
      },
      tags: {
        create: (fixture.tags ?? []).map((label) => ({
          tag: { connectOrCreate: { where: { slug: tagSlug(label) }, create: { slug: tagSlug(label), label } } },
        })),
      },
    },
    select: { id: true },
  });
  if (fixture.imageKey) {
    await db.gigImage.create({
      data: {
        gigId: gig.id,
        uploaderId: fixture.freelancerId,
        storageKey: fixture.imageKey,
        mimeType: "image/webp",
        width: 1280,
        height: 720,
        byteSize: 40_000,
        variantWidths: [400, 1280],
        position: 0,
      },
    });
  }
  return gig.id;
}

export function tagSlug(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, "-");
}
