import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { loadSellerCards } from "@hunar/gigs/seller-card";
import { z } from "zod";
import { readMilestonePlan } from "../terms/work-terms.ts";

export const JOB_PROPOSALS_PAGE = 20;

export const ZJobProposalsQuery = z.object({
  /** "shortlisted": only the ones the client set aside; otherwise every proposal not withdrawn. */
  only: z.enum(["all", "shortlisted"]).catch("all").default("all"),
  cursor: z.string().max(200).optional(),
});

/**
 * The job's proposals as its client weighs them, newest first in keyset pages: the bid, the plan
 * and, for each freelancer, what the gig page's seller card shows (rating, completed orders,
 * response time, city), under the same privacy rule. Withdrawn proposals are gone from the list.
 * Anyone but the client gets NOT_FOUND.
 */
export async function listJobProposals(db: Db, actor: { userId: string }, jobId: string, raw: unknown = {}) {
  const query = parseInput(ZJobProposalsQuery, raw);
  const job = await db.job.findUnique({ where: { id: jobId }, select: { clientId: true } });
  if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
  const position = query.cursor ? decodeKeysetCursor(query.cursor) : null;
  if (query.cursor && !position) throw new AppError("BAD_INPUT", "proposals:errors.cursorInvalid");
  const rows = await db.proposal.findMany({
    where: {
      jobId,
      ...(query.only === "shortlisted" ? { status: "SHORTLISTED" } : { status: { not: "WITHDRAWN" } }),
      ...(position ? afterKeyset("createdAt", position) : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: JOB_PROPOSALS_PAGE + 1,
    select: {
      id: true,
      freelancerId: true,
      coverLetter: true,
      bidPaisa: true,
      deliveryDays: true,
      milestonePlan: true,
      status: true,
      declineReason: true,
      shortlistedAt: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, JOB_PROPOSALS_PAGE);
  const last = page.at(-1);
  const cards = await loadSellerCards(
    db,
    page.map((row) => row.freelancerId),
  );
  const proposals = page.map(({ milestonePlan, ...row }) => ({
    ...row,
    milestones: readMilestonePlan(milestonePlan),
    freelancer: cards.get(row.freelancerId) ?? null,
  }));
  return {
    proposals,
    nextCursor: rows.length > JOB_PROPOSALS_PAGE && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
