import { acceptProposal } from "@hunar/proposals/proposals/accept-proposal";
import { declineProposal } from "@hunar/proposals/proposals/decline-proposal";
import { listJobProposals } from "@hunar/proposals/proposals/list-job-proposals";
import { listMyProposals } from "@hunar/proposals/proposals/list-my-proposals";
import { shortlistProposal } from "@hunar/proposals/proposals/shortlist-proposal";
import { submitProposal } from "@hunar/proposals/proposals/submit-proposal";
import { updateProposal } from "@hunar/proposals/proposals/update-proposal";
import { withdrawProposal } from "@hunar/proposals/proposals/withdraw-proposal";
import { z } from "zod";
import { ZId, ZText } from "../input-shapes.ts";
import { protectedProcedure, router } from "../trpc.ts";
import { ZWorkTerms } from "./work-terms-shape.ts";

// Shapes only: the proposals domain judges every value (lengths, price and days, the milestone
// arithmetic, limits) and who may act (anyone outside the job or the proposal is told it does
// not exist).

const ZProposal = z.object({ proposalId: ZId });
const actor = (user: { id: string }) => ({ userId: user.id });

export const proposalsRouter = router({
  submit: protectedProcedure
    .input(z.object({ jobId: ZId, coverLetter: ZText, ...ZWorkTerms }))
    .mutation(({ ctx, input }) => submitProposal(ctx.db, actor(ctx.user), input)),
  update: protectedProcedure
    .input(ZProposal.extend({ coverLetter: ZText, ...ZWorkTerms }))
    .mutation(({ ctx, input: { proposalId, ...terms } }) => updateProposal(ctx.db, actor(ctx.user), proposalId, terms)),
  withdraw: protectedProcedure.input(ZProposal).mutation(({ ctx, input }) => withdrawProposal(ctx.db, actor(ctx.user), input.proposalId)),
  shortlist: protectedProcedure.input(ZProposal).mutation(({ ctx, input }) => shortlistProposal(ctx.db, actor(ctx.user), input.proposalId)),
  decline: protectedProcedure
    .input(ZProposal.extend({ reason: ZText.nullish() }))
    .mutation(({ ctx, input }) => declineProposal(ctx.db, actor(ctx.user), input.proposalId, { reason: input.reason })),
  accept: protectedProcedure.input(ZProposal).mutation(({ ctx, input }) => acceptProposal(ctx.db, actor(ctx.user), input.proposalId)),
  /** The client's view of one job's proposals. */
  forJob: protectedProcedure
    .input(z.object({ jobId: ZId, only: ZText.optional(), cursor: ZText.nullish() }))
    .query(({ ctx, input: { jobId, cursor, ...rest } }) =>
      listJobProposals(ctx.db, actor(ctx.user), jobId, { ...rest, ...(cursor ? { cursor } : {}) }),
    ),
  mine: protectedProcedure.query(({ ctx }) => listMyProposals(ctx.db, actor(ctx.user))),
});
