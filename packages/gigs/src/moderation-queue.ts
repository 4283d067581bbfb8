import type { Db, GigStatus, Prisma, Tx } from "@hunar/db/types";
import { listingOfRevision } from "./revision-data.ts";
import type { GigInput } from "./validation.ts";

export const QUEUE_DEFAULT_LIMIT = 50;
export const QUEUE_MAX_LIMIT = 200;

export interface QueueGig {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  status: GigStatus;
  startingPricePaisa: number | null;
  freelancer: { id: string; displayName: string; handle: string | null };
}

interface QueueItemBase {
  /** When it started waiting: submitted, edited or reported at. */
  since: Date;
  gig: QueueGig;
}

export type ModerationItem =
  | (QueueItemBase & { kind: "SUBMISSION"; gigId: string })
  | (QueueItemBase & {
      kind: "REVISION";
      revisionId: string;
      /** The proposed listing; null if it no longer passes the listing rules (reject it). */
      revision: GigInput | null;
    });

const GIG_SELECT = {
  id: true,
  slug: true,
  titleUr: true,
  titleEn: true,
  status: true,
  startingPricePaisa: true,
  freelancer: { select: { id: true, displayName: true, handle: true } },
} as const;

// What waits for an admin, read by both the list and the count so the two never disagree.
const SUBMISSIONS_WAITING = { status: "PENDING_REVIEW" } as const satisfies Prisma.GigWhereInput;
const REVISIONS_WAITING = { status: "PENDING_REVIEW" } as const satisfies Prisma.GigRevisionWhereInput;

/**
 * Listings waiting for an admin, oldest first: new submissions and edits of published gigs, in one
 * list. Each kind is read oldest first up to `limit` and the two are merged, so the first `limit`
 * items overall are exact. Reports about gigs wait in the report queue (report-queue.ts), not here.
 */
export async function listModerationQueue(
  db: Db | Tx,
  options: { limit?: number } = {},
): Promise<{ items: ModerationItem[]; counts: ModerationCounts }> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? QUEUE_DEFAULT_LIMIT)), QUEUE_MAX_LIMIT);
  const [submissions, revisions, counts] = await Promise.all([
    db.gig.findMany({
      where: SUBMISSIONS_WAITING,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { ...GIG_SELECT, submittedAt: true, updatedAt: true },
    }),
    db.gigRevision.findMany({
      where: REVISIONS_WAITING,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, createdAt: true, data: true, gig: { select: GIG_SELECT } },
    }),
    countModerationQueue(db),
  ]);
  const items: ModerationItem[] = [
    ...submissions.map(({ submittedAt, updatedAt, ...gig }) => ({
      kind: "SUBMISSION" as const,
      gigId: gig.id,
      since: submittedAt ?? updatedAt,
      gig,
    })),
    ...revisions.map((r) => ({
      kind: "REVISION" as const,
      revisionId: r.id,
      since: r.createdAt,
      gig: r.gig,
      revision: listingOfRevision(r.data),
    })),
  ];
  items.sort((a, b) => a.since.getTime() - b.since.getTime());
  return { items: items.slice(0, limit), counts };
}

export interface ModerationCounts {
  submissions: number;
  revisions: number;
}

/** How many of each kind wait, all of them (the list stops at its limit). */
export async function countModerationQueue(db: Db | Tx): Promise<ModerationCounts> {
  const [submissions, revisions] = await Promise.all([
    db.gig.count({ where: SUBMISSIONS_WAITING }),
    db.gigRevision.count({ where: REVISIONS_WAITING }),
  ]);
  return { submissions, revisions };
}
