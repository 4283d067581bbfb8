import { appealDispute } from "@hunar/disputes/decisions/appeal-dispute";
import { decideAppeal } from "@hunar/disputes/decisions/decide-appeal";
import { decideDispute } from "@hunar/disputes/decisions/decide-dispute";
import type { AnswerSettlementInput, DecisionInput, OpenDisputeInput } from "@hunar/disputes/dispute-rules";
import { openDispute } from "@hunar/disputes/open-dispute";
import { postToDispute } from "@hunar/disputes/post-to-dispute";
import { listDisputeQueue } from "@hunar/disputes/read/dispute-queue";
import { getDisputePage } from "@hunar/disputes/read/get-dispute-page";
import { answerSettlement } from "@hunar/disputes/settlement/answer-settlement";
import { proposeSettlement } from "@hunar/disputes/settlement/propose-settlement";
import { z } from "zod";
import type { Context } from "../context.ts";
import { ZId, ZText } from "../input-shapes.ts";
import { adminProcedure, protectedProcedure, router } from "../trpc.ts";

// Shapes only: the disputes domain judges every value (the reason, lengths, amounts that add up
// to the escrow, files) and who may act. Anyone outside the order, and non-admins, are told the
// dispute does not exist; the deciding admin's role is read again from the database.

const ZAmount = z.number({ error: "errors:invalid" });
/** Evidence files are uploaded beforehand by the web's multipart route; these are their ids. */
const ZAttachments = z.array(ZId, { error: "errors:invalid" }).max(100, { error: "errors:invalid" }).optional();

const ZDispute = z.object({ disputeId: ZId });
const ZOpen = z.object({ orderId: ZId, reason: ZText, description: ZText, attachmentIds: ZAttachments });
const ZPost = ZDispute.extend({ statement: ZText, attachmentIds: ZAttachments });
const ZPropose = ZDispute.extend({ freelancerPaisa: ZAmount, clientPaisa: ZAmount });
const ZAnswer = z.object({ proposalId: ZId, answer: ZText });
const ZAppeal = ZDispute.extend({ reason: ZText });
const ZDecide = ZDispute.extend({ resolution: ZText, freelancerPaisa: ZAmount.optional(), clientPaisa: ZAmount.optional(), reason: ZText });
const ZQueue = z.object({ cursor: ZText.nullish() }).default({});

const actor = (ctx: Context & { user: { id: string } }) => ({ userId: ctx.user.id, ip: ctx.ip });

/** The parties' side of a dispute (admins also read and post through `get` and `post`). */
export const disputesRouter = router({
  get: protectedProcedure.input(ZDispute).query(({ ctx, input }) => getDisputePage(ctx.db, actor(ctx), input.disputeId)),
  open: protectedProcedure.input(ZOpen).mutation(({ ctx, input }) => openDispute(ctx.db, actor(ctx), input as OpenDisputeInput)),
  post: protectedProcedure.input(ZPost).mutation(({ ctx, input }) => postToDispute(ctx.db, actor(ctx), input)),
  propose: protectedProcedure.input(ZPropose).mutation(({ ctx, input }) => proposeSettlement(ctx.db, actor(ctx), input)),
  /** Accept or decline the other party's proposal, or withdraw one's own. */
  answerProposal: protectedProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => answerSettlement(ctx.db, actor(ctx), input as AnswerSettlementInput)),
  appeal: protectedProcedure.input(ZAppeal).mutation(({ ctx, input }) => appealDispute(ctx.db, actor(ctx), input)),
});

export const adminDisputesRouter = router({
  /** Disputes waiting for a decision or an appeal's, oldest first. */
  queue: adminProcedure.input(ZQueue).query(({ ctx, input }) => listDisputeQueue(ctx.db, actor(ctx), { cursor: input.cursor ?? null })),
  /** Moves the escrow (release, refund or split), audited `dispute.decide`. */
  decide: adminProcedure.input(ZDecide).mutation(({ ctx, input }) => decideDispute(ctx.db, actor(ctx), input as DecisionInput)),
  /** Final; a different admin from the first decision's, audited `dispute.appeal.decide`. */
  decideAppeal: adminProcedure.input(ZDecide).mutation(({ ctx, input }) => decideAppeal(ctx.db, actor(ctx), input as DecisionInput)),
});
