import { parseInput } from "@hunar/core/parse-input";
import type { Db, DisputeStatus, Tx } from "@hunar/db/types";
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
    await assertMayPost(tx, actor.userId, { status: dispute.status, order });
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

/**
 * Who may post, and when: the order's two parties and admins (anyone else is told the dispute
 * does not exist), while it is undecided or under appeal (a decided thread is closed).
 */
async function assertMayPost(
  db: Db | Tx,
  userId: string,
  dispute: { status: DisputeStatus; order: { clientId: string; freelancerId: string } },
): Promise<void> {
  const isParty = userId === dispute.order.clientId || userId === dispute.order.freelancerId;
  if (!isParty && (await db.user.findUnique({ where: { id: userId }, select: { isAdmin: true } }))?.isAdmin !== true) {
    throw disputeNotFound();
  }
  if (!(UNDECIDED as readonly string[]).includes(dispute.status) && dispute.status !== "APPEALED") {
    throw disputeError("INVALID_STATE", "thread.closed");
  }
}

/** assertMayPost on the dispute as it is now, unlocked: the web asks first so no refused post stores a file. */
export async function checkMayPost(db: Db, actor: { userId: string }, disputeId: string): Promise<void> {
  const dispute = await db.dispute.findUnique({
    where: { id: disputeId },
    select: { status: true, order: { select: { clientId: true, freelancerId: true } } },
  });
  if (!dispute) throw disputeNotFound();
  await assertMayPost(db, actor.userId, dispute);
}
