import type { Db, GigStatus, ReportReason, Tx } from "@hunar/db/types";
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
    })
  | (QueueItemBase & {
      kind: "REPORT";
      reportId: string;
      report: { reason: ReportReason; note: string | null; reporter: { id: string; displayName: string; handle: string | null } };
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

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;

/**
 * Everything waiting for an admin, oldest first: new submissions, edits of published gigs and
 * open reports about gigs, in one list. Each kind is read oldest first up to `limit` and the
 * three are merged, so the first `limit` items overall are exact.
 */
export async function listModerationQueue(
  db: Db | Tx,
  options: { limit?: number } = {},
): Promise<{ items: ModerationItem[]; counts: { submissions: number; revisions: number; reports: number } }> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? QUEUE_DEFAULT_LIMIT)), QUEUE_MAX_LIMIT);
  const [submissions, revisions, reports, counts] = await Promise.all([
    db.gig.findMany({
      where: { status: "PENDING_REVIEW" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { ...GIG_SELECT, submittedAt: true, updatedAt: true },
    }),
    db.gigRevision.findMany({
      where: { status: "PENDING_REVIEW" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, createdAt: true, data: true, gig: { select: GIG_SELECT } },
    }),
    db.report.findMany({
      where: { status: "OPEN", targetType: "GIG" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, createdAt: true, targetId: true, reason: true, details: true, reporter: PERSON },
    }),
    countQueue(db),
  ]);
  const reportedGigs = new Map(
    (await db.gig.findMany({ where: { id: { in: reports.map((r) => r.targetId) } }, select: GIG_SELECT })).map((g) => [g.id, g]),
  );

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
    ...reports.flatMap((r) => {
      const gig = reportedGigs.get(r.targetId);
      if (!gig) return [];
      return [
        {
          kind: "REPORT" as const,
          reportId: r.id,
          since: r.createdAt,
          gig,
          report: { reason: r.reason, note: r.details, reporter: r.reporter },
        },
      ];
    }),
  ];
  items.sort((a, b) => a.since.getTime() - b.since.getTime());
  return { items: items.slice(0, limit), counts };
}

async function countQueue(db: Db | Tx) {
  const [submissions, revisions, reports] = await Promise.all([
    db.gig.count({ where: { status: "PENDING_REVIEW" } }),
    db.gigRevision.count({ where: { status: "PENDING_REVIEW" } }),
    db.report.count({ where: { status: "OPEN", targetType: "GIG" } }),
  ]);
  return { submissions, revisions, reports };
}
