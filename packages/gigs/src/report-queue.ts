import type { Db, GigStatus, Prisma, ReportReason, Tx } from "@hunar/db/types";

export const REPORT_QUEUE_DEFAULT_LIMIT = 100;
export const REPORT_QUEUE_MAX_LIMIT = 200;

export interface ReportPerson {
  id: string;
  displayName: string;
  handle: string | null;
}

export type ReportTarget =
  | { type: "GIG"; gig: { id: string; slug: string; titleUr: string | null; titleEn: string | null; status: GigStatus } | null }
  | { type: "USER"; user: (ReportPerson & { suspendedAt: Date | null }) | null };

export interface ReportQueueItem {
  reportId: string;
  reason: ReportReason;
  details: string | null;
  reportedAt: Date;
  reporter: ReportPerson;
  /** The gig or person reported; its row is null when it no longer exists. */
  target: ReportTarget;
}

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;

// Reports about gigs and people wait here, and only here (messages have their own queue, gig
// moderation holds submissions and edits); the list and the count share it so they agree.
const OPEN_GIG_AND_USER_REPORTS = { status: "OPEN", targetType: { in: ["GIG", "USER"] } } as const satisfies Prisma.ReportWhereInput;

/** Open reports on gigs and people, oldest first, each with what it is about and who filed it. */
export async function listReportQueue(db: Db | Tx, options: { limit?: number } = {}): Promise<ReportQueueItem[]> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? REPORT_QUEUE_DEFAULT_LIMIT)), REPORT_QUEUE_MAX_LIMIT);
  const reports = await db.report.findMany({
    where: OPEN_GIG_AND_USER_REPORTS,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, targetType: true, targetId: true, reason: true, details: true, createdAt: true, reporter: PERSON },
  });
  const idsOf = (type: string) => [...new Set(reports.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const [gigs, users] = await Promise.all([
    db.gig.findMany({
      where: { id: { in: idsOf("GIG") } },
      select: { id: true, slug: true, titleUr: true, titleEn: true, status: true },
    }),
    db.user.findMany({
      where: { id: { in: idsOf("USER") } },
      select: { id: true, displayName: true, handle: true, suspendedAt: true },
    }),
  ]);
  const gigById = new Map(gigs.map((gig) => [gig.id, gig]));
  const userById = new Map(users.map((user) => [user.id, user]));
  return reports.map((report) => ({
    reportId: report.id,
    reason: report.reason,
    details: report.details,
    reportedAt: report.createdAt,
    reporter: report.reporter,
    target:
      report.targetType === "GIG"
        ? { type: "GIG" as const, gig: gigById.get(report.targetId) ?? null }
        : { type: "USER" as const, user: userById.get(report.targetId) ?? null },
  }));
}

/** How many reports on gigs and people are open, all of them (the list stops at its limit). */
export function countReportQueue(db: Db | Tx): Promise<number> {
  return db.report.count({ where: OPEN_GIG_AND_USER_REPORTS });
}
