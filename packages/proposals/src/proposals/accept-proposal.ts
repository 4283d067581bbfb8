import { AppError } from "@hunar/core/app-error";
import { publicName } from "@hunar/db/public-name";
import type { Db, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { placeContractOrder } from "@hunar/orders/contracts/place-contract-order";
import { orderHref } from "@hunar/orders/order-link";
import { localizedTitle } from "../localized-title.ts";
import { lockJob } from "../jobs/lock-job.ts";
import { lockProposal } from "./lock-proposal.ts";
import { readMilestonePlan } from "../terms/work-terms.ts";

const OPEN_PROPOSAL = ["SUBMITTED", "SHORTLISTED"] as const;

/**
 * The job's client accepts a proposal: its contract order is created awaiting payment (with the
 * proposal's milestones when it has them), the proposal is ACCEPTED, the job FILLED, and the
 * other open proposals are declined and their senders told. The job is locked, then the proposal
 * (the order every proposal change takes), so an accept racing a withdraw, a close or another
 * accept is decided by who locked first and the loser sees the new state; the unique
 * Order.proposalId is the last word on a double accept.
 */
export async function acceptProposal(db: Db, actor: { userId: string }, proposalId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    // jobId never changes, so reading it unlocked to know which job to lock first is safe.
    const ref = await tx.proposal.findUnique({ where: { id: proposalId }, select: { jobId: true } });
    const job = ref ? await lockJob(tx, ref.jobId) : null;
    const proposal = job ? await lockProposal(tx, proposalId) : null;
    if (!job || !proposal || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    if (!(OPEN_PROPOSAL as readonly string[]).includes(proposal.status))
      throw new AppError("INVALID_STATE", "proposals:errors.notAcceptable");

    const terms = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: {
        bidPaisa: true,
        deliveryDays: true,
        milestonePlan: true,
        job: {
          select: {
            titleUr: true,
            titleEn: true,
            descriptionUr: true,
            descriptionEn: true,
            client: { select: { preferredLocale: true, displayName: true } },
          },
        },
      },
    });
    const locale = terms.job.client.preferredLocale;
    const order = await placeContractOrder(
      tx,
      {
        source: "PROPOSAL",
        clientId: job.clientId,
        freelancerId: proposal.freelancerId,
        title: localizedTitle(terms.job, locale),
        requirements:
          (locale === "ur" ? (terms.job.descriptionUr ?? terms.job.descriptionEn) : (terms.job.descriptionEn ?? terms.job.descriptionUr)) ??
          null,
        pricePaisa: terms.bidPaisa,
        deliveryDays: terms.deliveryDays,
        // A contract is judged milestone by milestone, not by a count of revisions.
        revisionsAllowed: null,
        milestones: readMilestonePlan(terms.milestonePlan),
        proposalId,
        jobId: job.id,
      },
      now,
    );
    await tx.proposal.update({ where: { id: proposalId }, data: { status: "ACCEPTED", respondedAt: now } });
    await tx.job.update({ where: { id: job.id }, data: { status: "FILLED", closedAt: now } });
    await tellFreelancer(tx, {
      jobId: job.id,
      proposalId,
      freelancerId: proposal.freelancerId,
      orderId: order.id,
      clientName: terms.job.client.displayName,
    });
    await declineTheOthers(tx, job.id, proposalId, now);
    return { orderId: order.id, orderNumber: order.number };
  });
}

async function tellFreelancer(
  tx: Tx,
  input: { jobId: string; proposalId: string; freelancerId: string; orderId: string; clientName: string },
) {
  const job = await tx.job.findUniqueOrThrow({
    where: { id: input.jobId },
    select: { titleUr: true, titleEn: true, client: { select: { profile: { select: { showFirstNameOnly: true } } } } },
  });
  const freelancer = await tx.user.findUniqueOrThrow({ where: { id: input.freelancerId }, select: { preferredLocale: true } });
  await notify(tx, {
    userId: input.freelancerId,
    kind: "proposal.accepted",
    data: {
      jobId: input.jobId,
      proposalId: input.proposalId,
      orderId: input.orderId,
      title: localizedTitle(job, freelancer.preferredLocale),
      clientName: publicName(input.clientName, job.client.profile?.showFirstNameOnly ?? false),
    },
    link: orderHref(input.orderId),
    dedupeKey: `proposal:${input.proposalId}:accepted`,
  });
}

/** The job is filled: every other open proposal is answered, and its sender told in their language. */
async function declineTheOthers(tx: Tx, jobId: string, acceptedId: string, now: Date): Promise<void> {
  const others = await tx.proposal.findMany({
    where: { jobId, id: { not: acceptedId }, status: { in: [...OPEN_PROPOSAL] } },
    select: { id: true, freelancerId: true, freelancer: { select: { preferredLocale: true } } },
  });
  if (others.length === 0) return;
  await tx.proposal.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { status: "DECLINED", respondedAt: now } });
  const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { titleUr: true, titleEn: true } });
  for (const other of others) {
    await notify(tx, {
      userId: other.freelancerId,
      kind: "job.filled",
      data: { jobId, title: localizedTitle(job, other.freelancer.preferredLocale) },
      link: `/jobs/${jobId}`,
      dedupeKey: `job:${jobId}:filled:${other.freelancerId}`,
    });
  }
}
