import { AppError } from "@hunar/core/app-error";
import { moveCertificate, removeCertificate } from "@hunar/profiles/certificates/certificates";
import { changeHandle } from "@hunar/profiles/change-handle";
import { loadEditableProfile } from "@hunar/profiles/editable-profile";
import { removeAvatar } from "@hunar/profiles/images/avatar";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import { movePortfolioItem, removePortfolioItem, reorderPortfolio, updatePortfolioItem } from "@hunar/profiles/portfolio/portfolio";
import { updatePrivateDetails } from "@hunar/profiles/private-details";
import { loadPublicProfile } from "@hunar/profiles/public-profile";
import { updateProfile } from "@hunar/profiles/update-profile";
import { listVerificationRequests, setVerification } from "@hunar/profiles/verify-identity";
import { z } from "zod";
import { ZId, ZText } from "../input-shapes.ts";
import { adminProcedure, protectedProcedure, publicProcedure, router } from "../trpc.ts";

// Shapes only: lengths, formats, who owns what and the caps are the profiles domain's to judge.
// Every field of a save is named, even when empty (null), so a request that names none is refused.
const ZNullableText = ZText.nullable();
const ZProfileShape = z.object({
  headlineUr: ZNullableText,
  headlineEn: ZNullableText,
  bioUr: ZNullableText,
  bioEn: ZNullableText,
  city: ZNullableText,
  languages: z.array(z.object({ code: ZText, level: ZText }), { error: "errors:invalid" }).max(50, { error: "errors:invalid" }),
  skills: z.array(ZText, { error: "errors:invalid" }).max(100, { error: "errors:invalid" }),
  showFirstNameOnly: z.boolean({ error: "errors:invalid" }),
});
const ZPrivateShape = z.object({ cnic: ZNullableText, ntn: ZNullableText, psebNumber: ZNullableText });
const ZMoveShape = z.object({ id: ZId, direction: z.enum(["up", "down"], { error: "errors:invalid" }) });

/** The owner's own profile: reads and edits (files are uploaded through the profile pages' forms). */
export const profilesRouter = router({
  /** A person's public profile by handle; unknown and suspended people are NOT_FOUND alike. */
  byHandle: publicProcedure.input(z.object({ handle: ZId })).query(async ({ ctx, input }) => {
    const profile = await loadPublicProfile(ctx.db, { handle: input.handle });
    if (!profile) throw new AppError("NOT_FOUND", "profiles:errors.profileNotFound");
    return profile;
  }),

  mine: protectedProcedure.query(({ ctx }) => loadEditableProfile(ctx.db, ctx.user.id)),

  update: protectedProcedure.input(ZProfileShape).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  changeHandle: protectedProcedure
    .input(z.object({ handle: ZText, previous: ZNullableText }))
    .mutation(({ ctx, input }) => changeHandle(ctx.db, ctx.user.id, input)),

  updatePrivateDetails: protectedProcedure.input(ZPrivateShape).mutation(async ({ ctx, input }) => {
    await updatePrivateDetails(ctx.db, ctx.user.id, input);
  }),

  removePhoto: protectedProcedure.mutation(({ ctx }) => removeAvatar(ctx.db, profileStorage(), ctx.user.id)),

  updatePortfolioItem: protectedProcedure
    .input(z.object({ id: ZId, title: ZText, description: ZNullableText, link: ZNullableText }))
    .mutation(({ ctx, input }) => updatePortfolioItem(ctx.db, ctx.user.id, input)),

  removePortfolioItem: protectedProcedure
    .input(z.object({ id: ZId }))
    .mutation(({ ctx, input }) => removePortfolioItem(ctx.db, profileStorage(), ctx.user.id, input.id)),

  movePortfolioItem: protectedProcedure.input(ZMoveShape).mutation(({ ctx, input }) => movePortfolioItem(ctx.db, ctx.user.id, input)),

  reorderPortfolio: protectedProcedure
    .input(z.object({ ids: z.array(ZId, { error: "errors:invalid" }).max(100, { error: "errors:invalid" }) }))
    .mutation(({ ctx, input }) => reorderPortfolio(ctx.db, ctx.user.id, input)),

  removeCertificate: protectedProcedure
    .input(z.object({ id: ZId }))
    .mutation(({ ctx, input }) => removeCertificate(ctx.db, profileStorage(), ctx.user.id, input.id)),

  moveCertificate: protectedProcedure.input(ZMoveShape).mutation(({ ctx, input }) => moveCertificate(ctx.db, ctx.user.id, input)),
});

/** Admins check CNIC and PSEB numbers; the public profile then shows a badge, never the number. */
export const adminProfilesRouter = router({
  verificationRequests: adminProcedure.query(({ ctx }) =>
    listVerificationRequests(ctx.db, { userId: ctx.user.id, isAdmin: ctx.user.isAdmin }),
  ),

  setVerification: adminProcedure
    .input(
      z.object({
        userId: ZId,
        what: z.enum(["cnic", "pseb"], { error: "errors:invalid" }),
        verified: z.boolean({ error: "errors:invalid" }),
        // Required, with its length rules, in the profiles domain (a field error on "reason").
        reason: z.string({ error: "profiles:errors.verificationReasonRequired" }),
      }),
    )
    .mutation(({ ctx, input }) => setVerification(ctx.db, { userId: ctx.user.id, isAdmin: ctx.user.isAdmin, ip: ctx.ip }, input)),
});
