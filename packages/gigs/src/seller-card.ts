import { publicName } from "@hunar/db/public-name";
import type { Db, Tx } from "@hunar/db/types";
import { averageRating } from "./rating.ts";

export interface SellerCard {
  id: string;
  displayName: string;
  handle: string | null;
  headlineUr: string | null;
  headlineEn: string | null;
  city: string | null;
  languages: string[];
  avatarKey: string | null;
  memberSince: Date;
  rating: number | null;
  ratingCount: number;
  completedOrders: number;
  /** Median minutes to the seller's first reply in their recent conversations; null without any. */
  responseTimeMinutes: number | null;
}

/** How many recent conversations the response time looks at: recent behaviour, bounded cost. */
const RESPONSE_TIME_SAMPLE = 20;

export async function loadSellerCard(db: Db | Tx, sellerId: string): Promise<SellerCard | null> {
  return (await loadSellerCards(db, [sellerId])).get(sellerId) ?? null;
}

/**
 * The cards of several sellers in three queries whatever their number (a page of proposals
 * shows one per freelancer); unknown ids are left out of the map.
 */
export async function loadSellerCards(db: Db | Tx, sellerIds: readonly string[]): Promise<Map<string, SellerCard>> {
  const ids = [...new Set(sellerIds)];
  if (ids.length === 0) return new Map();
  const [users, completed, responseTimes] = await Promise.all([
    db.user.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        displayName: true,
        handle: true,
        createdAt: true,
        profile: {
          select: {
            headlineUr: true,
            headlineEn: true,
            city: true,
            languages: true,
            avatarKey: true,
            showFirstNameOnly: true,
            ratingSum: true,
            ratingCount: true,
          },
        },
      },
    }),
    db.order.groupBy({ by: ["freelancerId"], where: { freelancerId: { in: ids }, status: "COMPLETED" }, _count: { _all: true } }),
    medianResponseMinutes(db, ids),
  ]);
  const completedOf = new Map(completed.map((row) => [row.freelancerId, row._count._all]));
  const cards = new Map<string, SellerCard>();
  for (const user of users) {
    const profile = user.profile;
    // The profile's privacy choice (@hunar/db/public-name): only the first name and the city, no
    // photo and no headline.
    const hidden = profile?.showFirstNameOnly ?? false;
    cards.set(user.id, {
      id: user.id,
      displayName: publicName(user.displayName, hidden),
      handle: user.handle,
      headlineUr: hidden ? null : (profile?.headlineUr ?? null),
      headlineEn: hidden ? null : (profile?.headlineEn ?? null),
      city: profile?.city ?? null,
      languages: profile?.languages ?? [],
      avatarKey: hidden ? null : (profile?.avatarKey ?? null),
      memberSince: user.createdAt,
      rating: averageRating(profile?.ratingSum ?? 0, profile?.ratingCount ?? 0),
      ratingCount: profile?.ratingCount ?? 0,
      completedOrders: completedOf.get(user.id) ?? 0,
      responseTimeMinutes: responseTimes.get(user.id) ?? null,
    });
  }
  return cards;
}

/**
 * For each seller, in each of their latest conversations: the time from the other person's first
 * message to the seller's first message after it. The median of those, in whole minutes (at
 * least 1); sellers without any answer are left out.
 */
async function medianResponseMinutes(db: Db | Tx, sellerIds: string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ sellerId: string; seconds: number | null }[]>`
    SELECT s.id AS "sellerId",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (x.answered_at - x.asked_at))))::float8 AS seconds
    FROM unnest(${sellerIds}::text[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT a.asked_at, (SELECT min(m."createdAt") FROM "Message" m
                          WHERE m."conversationId" = a.id AND m."senderId" = s.id AND m."createdAt" >= a.asked_at) AS answered_at
      FROM (
        SELECT r.id, (SELECT min(m."createdAt") FROM "Message" m WHERE m."conversationId" = r.id AND m."senderId" <> s.id) AS asked_at
        FROM (
          SELECT c.id FROM "Conversation" c
          WHERE c."userAId" = s.id OR c."userBId" = s.id
          ORDER BY c."lastMessageAt" DESC NULLS LAST
          LIMIT ${RESPONSE_TIME_SAMPLE}
        ) r
      ) a
      WHERE a.asked_at IS NOT NULL
    ) x
    WHERE x.answered_at IS NOT NULL
    GROUP BY s.id`;
  const minutes = new Map<string, number>();
  for (const row of rows) {
    if (row.seconds !== null) minutes.set(row.sellerId, Math.max(1, Math.round(Number(row.seconds) / 60)));
  }
  return minutes;
}
