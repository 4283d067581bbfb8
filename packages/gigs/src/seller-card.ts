import { cached } from "@hunar/core/ttl-cache";
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

/** The parts of a card that are counted from orders and messages rather than read from the profile. */
interface SellerStats {
  completedOrders: number;
  responseTimeMinutes: number | null;
}

/**
 * How stale a gig page's seller statistics may be. Completed orders and the median response time
 * move slowly and nobody can tell a minute's delay, while counting them is most of a gig page's
 * queries. Name, photo and privacy choice are read fresh, so hiding one's surname applies at once.
 */
export const SELLER_STATS_TTL_MS = 60_000;

const cachedSellerStats = cached(async (db: Db | Tx, sellerId: string) => (await loadSellerStats(db, [sellerId])).get(sellerId), {
  ttlMs: SELLER_STATS_TTL_MS,
  maxEntries: 10_000,
});

/** One seller's card (a gig page), its statistics remembered for SELLER_STATS_TTL_MS. */
export async function loadSellerCard(db: Db | Tx, sellerId: string): Promise<SellerCard | null> {
  const [users, stats] = await Promise.all([loadSellerProfiles(db, [sellerId]), cachedSellerStats(db, sellerId)]);
  const user = users[0];
  return user ? cardOf(user, stats) : null;
}

/**
 * The cards of several sellers in three queries whatever their number (a page of proposals
 * shows one per freelancer); unknown ids are left out of the map.
 */
export async function loadSellerCards(db: Db | Tx, sellerIds: readonly string[]): Promise<Map<string, SellerCard>> {
  const ids = [...new Set(sellerIds)];
  if (ids.length === 0) return new Map();
  const [users, stats] = await Promise.all([loadSellerProfiles(db, ids), loadSellerStats(db, ids)]);
  return new Map(users.map((user) => [user.id, cardOf(user, stats.get(user.id))]));
}

function loadSellerProfiles(db: Db | Tx, ids: string[]) {
  return db.user.findMany({
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
  });
}

type SellerProfileRow = Awaited<ReturnType<typeof loadSellerProfiles>>[number];

async function loadSellerStats(db: Db | Tx, ids: string[]): Promise<Map<string, SellerStats>> {
  const [completed, responseTimes] = await Promise.all([
    db.order.groupBy({ by: ["freelancerId"], where: { freelancerId: { in: ids }, status: "COMPLETED" }, _count: { _all: true } }),
    medianResponseMinutes(db, ids),
  ]);
  const completedOf = new Map(completed.map((row) => [row.freelancerId, row._count._all]));
  return new Map(ids.map((id) => [id, { completedOrders: completedOf.get(id) ?? 0, responseTimeMinutes: responseTimes.get(id) ?? null }]));
}

function cardOf(user: SellerProfileRow, stats: SellerStats | undefined): SellerCard {
  const profile = user.profile;
  // The profile's privacy choice (@hunar/db/public-name): only the first name and the city, no
  // photo and no headline.
  const hidden = profile?.showFirstNameOnly ?? false;
  return {
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
    completedOrders: stats?.completedOrders ?? 0,
    responseTimeMinutes: stats?.responseTimeMinutes ?? null,
  };
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
