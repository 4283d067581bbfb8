import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { searchGigs } from "@hunar/gigs/search/search-gigs";
import { ZQueryParam } from "@hunar/gigs/search/search-params";
import { z } from "zod";

/** How many freelancers one search offers to invite; the search reads a few pages' worth of gigs to find them. */
export const CANDIDATES_MAX = 10;
const GIGS_READ = 50;
const JOBS_MAX = 50;

export interface InviteCandidate {
  freelancerId: string;
  name: string;
  handle: string | null;
  city: string | null;
  ratingAverage: number | null;
  ratingCount: number;
  /** The best-matching gig, which says why this freelancer was found. */
  gig: { slug: string; titleUr: string | null; titleEn: string | null };
  invited: boolean;
}

const ZFind = z.object({ q: ZQueryParam });

/**
 * Freelancers to invite to the client's open job, found by the gigs' own search (same words,
 * spelling help and ranking as /search: one implementation): the sellers of the best-matching
 * orderable gigs, each once, best match first, with whether they are invited already.
 */
export async function findInviteCandidates(db: Db, actor: { userId: string }, jobId: string, query: string): Promise<InviteCandidate[]> {
  const { q } = parseInput(ZFind, { q: query });
  await ownOpenJob(db, actor, jobId);
  const { items } = await searchGigs(db, { q, sort: "relevance", limit: GIGS_READ });
  const owners = await db.gig.findMany({ where: { id: { in: items.map((gig) => gig.id) } }, select: { id: true, freelancerId: true } });
  const ownerOf = new Map(owners.map((gig) => [gig.id, gig.freelancerId]));
  const seen = new Set<string>([actor.userId]);
  const found: Omit<InviteCandidate, "invited">[] = [];
  for (const gig of items) {
    const freelancerId = ownerOf.get(gig.id);
    if (!freelancerId || seen.has(freelancerId)) continue;
    seen.add(freelancerId);
    found.push({
      freelancerId,
      name: gig.sellerName,
      handle: gig.sellerHandle,
      city: gig.city,
      ratingAverage: gig.ratingAverage,
      ratingCount: gig.ratingCount,
      gig: { slug: gig.slug, titleUr: gig.titleUr, titleEn: gig.titleEn },
    });
    if (found.length === CANDIDATES_MAX) break;
  }
  const invited = await invitedAmong(
    db,
    jobId,
    found.map((f) => f.freelancerId),
  );
  return found.map((candidate) => ({ ...candidate, invited: invited.has(candidate.freelancerId) }));
}

/**
 * The client's open jobs they could invite this freelancer to (newest first, at most 50), each
 * saying whether the invitation was sent: what a client sees on a freelancer's profile.
 */
export async function listInvitableJobs(db: Db, actor: { userId: string }, freelancerId: string) {
  if (actor.userId === freelancerId) return [];
  const jobs = await db.job.findMany({
    where: { clientId: actor.userId, status: "OPEN" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: JOBS_MAX,
    select: { id: true, titleUr: true, titleEn: true, visibility: true, invites: { where: { freelancerId }, select: { id: true } } },
  });
  return jobs.map(({ invites, ...job }) => ({ ...job, invited: invites.length > 0 }));
}

async function ownOpenJob(db: Db, actor: { userId: string }, jobId: string) {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { clientId: true, status: true } });
  if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
  if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
}

async function invitedAmong(db: Db, jobId: string, freelancerIds: string[]): Promise<Set<string>> {
  if (freelancerIds.length === 0) return new Set();
  const rows = await db.jobInvite.findMany({ where: { jobId, freelancerId: { in: freelancerIds } }, select: { freelancerId: true } });
  return new Set(rows.map((row) => row.freelancerId));
}
