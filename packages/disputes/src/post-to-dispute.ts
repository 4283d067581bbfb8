import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { disputeError, disputeNotFound } from "./dispute-errors.ts";
import { type PostToDisputeInput, UNDECIDED, ZPostToDispute } from "./dispute-rules.ts";
import { claimEvidenceFiles } from "./evidence-files.ts";
import { lockDispute, respondentOf } from "./lock-dispute.ts";
import { displayName, notifyDispute } from "./notify-dispute.ts";

export interface DisputePost {
  postId: string;
  /** True when this post was the other party's answer (the dispute is now under review). */
  answered: boolean;
}

/**
 * A post in the dispute's three-way thread (client, freelancer, an admin), with evidence files.
 * The other party's first post is their answer: the dispute goes UNDER_REVIEW and the opener is
 * told. Open while undecided, and during an appeal; a decided or settled dispute's thread is
 * closed. Anyone outside the order, and non-admins, are told the dispute does not exist.
 */
export async function postToDispute(db: Db, actor: { userId: string }, raw: PostToDisputeInput, now = new Date()): Promise<DisputePost> {
  const input = parseInput(ZPostToDispute, raw);
  return db.$transaction(async (tx) => {
    const { dispute, order } = await lockDispute(tx, input.disputeId);
    const isParty = actor.userId === order.clientId || actor.userId === order.freelancerId;
    const isAdmin = !isParty && (await tx.user.findUnique({ where: { id: actor.userId }, select: { isAdmin: true } }))?.isAdmin === true;
    if (!isParty && !isAdmin) throw disputeNotFound();
    if (!(UNDECIDED as readonly string[]).includes(dispute.status) && dispute.status !== "APPEALED") {
      throw disputeError("INVALID_STATE", "thread.closed");
    }
    const post = await tx.disputeEvidence.create({
      data: { disputeId: dispute.id, authorId: actor.userId, statement: input.statement, createdAt: now },
      select: { id: true },
    });
    await claimEvidenceFiles(tx, actor.userId, post.id, input.attachmentIds, now);
    const respondent = respondentOf(order, dispute);
    const answered = actor.userId === respondent && dispute.answeredAt === null;
    const name = await displayName(tx, actor.userId);
    const subject = { dispute, order };
    if (answered) {
      await tx.dispute.update({
        where: { id: dispute.id },
        data: { answeredAt: now, status: dispute.status === "OPEN" ? "UNDER_REVIEW" : dispute.status },
      });
      await notifyDispute(tx, subject, [dispute.openedById], "dispute.answered", { name }, "answered");
    } else {
      const others = [order.clientId, order.freelancerId].filter((id) => id !== actor.userId);
      await notifyDispute(tx, subject, others, "dispute.message", { name }, `post:${post.id}`);
    }
    return { postId: post.id, answered };
  });
}

/** Refused before any file is stored: the poster may not post here now. */
export async function checkMayPost(db: Db, actor: { userId: string }, disputeId: string): Promise<void> {
  const dispute = await db.dispute.findUnique({
    where: { id: disputeId },
    select: { status: true, order: { select: { clientId: true, freelancerId: true } } },
  });
  if (!dispute) throw disputeNotFound();
  const isParty = actor.userId === dispute.order.clientId || actor.userId === dispute.order.freelancerId;
  if (!isParty && (await db.user.findUnique({ where: { id: actor.userId }, select: { isAdmin: true } }))?.isAdmin !== true) {
    throw disputeNotFound();
  }
  if (dispute.status === "RESOLVED" || dispute.status === "WITHDRAWN") throw new AppError("INVALID_STATE", "disputes:errors.thread.closed");
}
