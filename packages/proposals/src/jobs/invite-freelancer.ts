import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { localizedTitle } from "../localized-title.ts";
import { lockJob } from "./lock-job.ts";

/**
 * The client invites a freelancer to propose on their open job. Asking twice is the same invite
 * (unique jobId, freelancerId), and the notification carries a dedupe key, so a double click
 * neither fails nor notifies twice.
 */
export async function inviteFreelancer(
  db: Db,
  actor: { userId: string },
  jobId: string,
  freelancerId: string,
): Promise<{ inviteId: string }> {
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    if (freelancerId === actor.userId) throw new AppError("BAD_INPUT", "jobs:errors.inviteSelf");
    const freelancer = await tx.user.findUnique({ where: { id: freelancerId }, select: { ...activeUserSelect, preferredLocale: true } });
    if (!freelancer || !isActiveUser(freelancer)) throw new AppError("NOT_FOUND", "jobs:errors.freelancerNotFound");
    const invite = await tx.jobInvite.upsert({
      where: { jobId_freelancerId: { jobId, freelancerId } },
      create: { jobId, freelancerId },
      update: {},
      select: { id: true },
    });
    const details = await tx.job.findUniqueOrThrow({
      where: { id: jobId },
      select: { titleUr: true, titleEn: true, client: { select: { displayName: true } } },
    });
    await notify(tx, {
      userId: freelancerId,
      kind: "job.invited",
      data: { jobId, title: localizedTitle(details, freelancer.preferredLocale), clientName: details.client.displayName },
      link: `/jobs/${jobId}`,
      dedupeKey: `job:${jobId}:invited:${freelancerId}`,
    });
    return { inviteId: invite.id };
  });
}
