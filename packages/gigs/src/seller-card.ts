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
  const [user, completedOrders, responseTimeMinutes] = await Promise.all([
    db.user.findUnique({
      where: { id: sellerId },
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
    db.order.count({ where: { freelancerId: sellerId, status: "COMPLETED" } }),
    medianResponseMinutes(db, sellerId),
  ]);
  if (!user) return null;
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
    completedOrders,
    responseTimeMinutes,
  };
}

/**
 * In each of the seller's latest conversations: the time from the other person's first message
 * to the seller's first message after it. The median of those, in whole minutes (at least 1).
 */
async function medianResponseMinutes(db: Db | Tx, sellerId: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ seconds: number | null }[]>`
    WITH recent AS (
      SELECT c.id FROM "Conversation" c
      WHERE c."userAId" = ${sellerId} OR c."userBId" = ${sellerId}
      ORDER BY c."lastMessageAt" DESC NULLS LAST
      LIMIT ${RESPONSE_TIME_SAMPLE}
    ), asked AS (
      SELECT r.id, (SELECT min(m."createdAt") FROM "Message" m
                    WHERE m."conversationId" = r.id AND m."senderId" <> ${sellerId}) AS asked_at
      FROM recent r
    ), answered AS (
      SELECT a.asked_at, (SELECT min(m."createdAt") FROM "Message" m
                          WHERE m."conversationId" = a.id AND m."senderId" = ${sellerId}
                            AND m."createdAt" >= a.asked_at) AS answered_at
      FROM asked a WHERE a.asked_at IS NOT NULL
    )
    SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (answered_at - asked_at))))::float8 AS seconds
    FROM answered WHERE answered_at IS NOT NULL`;
  const seconds = rows[0]?.seconds;
  if (seconds === null || seconds === undefined) return null;
  return Math.max(1, Math.round(Number(seconds) / 60));
}
