import type { Db, JobStatus, JobVisibility, Tx } from "@hunar/db/types";

export interface JobForViewer {
  id: string;
  clientId: string;
  status: JobStatus;
  visibility: JobVisibility;
}

/**
 * The one rule for who may see a job. The client always may. A removed job is gone for everyone
 * else. A public job stays visible once filled or closed so links and past proposals still make
 * sense; an invite-only job is shown only to the freelancers the client invited.
 */
export async function canSeeJob(db: Db | Tx, job: JobForViewer, viewerId: string | null): Promise<boolean> {
  if (viewerId !== null && viewerId === job.clientId) return true;
  if (job.status === "REMOVED") return false;
  if (job.visibility === "PUBLIC") return true;
  if (viewerId === null) return false;
  const invite = await db.jobInvite.findUnique({
    where: { jobId_freelancerId: { jobId: job.id, freelancerId: viewerId } },
    select: { id: true },
  });
  return invite !== null;
}
