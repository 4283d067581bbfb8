import type { Db, Prisma } from "@hunar/db/types";
import { FUNDING_VIEW_SELECT, type FundingView } from "./funding-view.ts";

export interface QueuedFunding extends FundingView {
  client: { id: string; displayName: string; email: string };
  order: { id: string; number: number; totalPaisa: number; status: string } | null;
}

const QUEUE_LIMIT = 200;
// Shared by the queue and its count so the admin home's number is the page's.
const WAITING_FOR_ADMIN = { status: "PENDING" } as const satisfies Prisma.FundingRequestWhereInput;

/** Requests waiting for an admin, oldest first (first come, first confirmed). */
export async function listFundingQueue(db: Db): Promise<QueuedFunding[]> {
  const rows = await db.fundingRequest.findMany({
    where: WAITING_FOR_ADMIN,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: {
      ...FUNDING_VIEW_SELECT,
      user: { select: { id: true, displayName: true, email: true } },
      order: { select: { id: true, number: true, totalPaisa: true, status: true } },
    },
  });
  return rows.map(({ user, ...rest }) => ({ ...rest, client: user }));
}

/** How many requests wait for an admin, all of them (the queue stops at its limit). */
export function countFundingQueue(db: Db): Promise<number> {
  return db.fundingRequest.count({ where: WAITING_FOR_ADMIN });
}

/** The user's own requests, newest first. */
export function listMyFunding(db: Db, userId: string, limit = 50): Promise<FundingView[]> {
  return db.fundingRequest.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
    select: FUNDING_VIEW_SELECT,
  });
}
