import { requestEmailChange } from "@hunar/auth/change-email";
import { changePassword } from "@hunar/auth/change-password";
import { serializeBlankSessionCookie, serializeSessionCookie } from "@hunar/auth/cookie";
import type { AuthDeps, AuthMailDeps, RequestMeta } from "@hunar/auth/deps";
import { logIn } from "@hunar/auth/log-in";
import { logOut, logOutEverywhere, revokeSession } from "@hunar/auth/log-out";
import { invalidateSession, listUserSessions } from "@hunar/auth/session";
import { resendVerificationEmail } from "@hunar/auth/resend-verification";
import { checkResetToken, resetPassword } from "@hunar/auth/reset-password";
import { requestPasswordReset } from "@hunar/auth/request-password-reset";
import { restoreEmail } from "@hunar/auth/restore-email";
import { signUp } from "@hunar/auth/sign-up";
import { ZAccountSettings, updateAccountSettings } from "@hunar/auth/update-settings";
import { ZAccountToken, ZChangeEmail, ZChangePassword, ZForgotPassword, ZLogIn, ZResetPassword, ZSignUp } from "@hunar/auth/validation";
import { verifyEmail } from "@hunar/auth/verify-email";
import { z } from "zod";
import type { Context } from "../context.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";

const deps = (ctx: Context): AuthDeps => ({ db: ctx.db, limiter: ctx.limiter, passwordHashing: ctx.passwordHashing });
const mailDeps = (ctx: Context): AuthMailDeps => ({ ...deps(ctx), mail: ctx.accountMail, siteOrigin: ctx.siteOrigin });
const meta = (ctx: Context): RequestMeta => ({ ip: ctx.ip, userAgent: ctx.headers.get("user-agent") });

/** Every session of the user ended: close their sockets, and clear this browser's cookie if it was one of them. */
function sessionsEnded(ctx: Context, userId: string): void {
  ctx.realtime.disconnectUser(userId);
  if (ctx.session?.userId === userId) endSession(ctx);
}

export const ZTokenInput = z.object({ token: ZAccountToken });

/** After signing in: drop the browser's previous session (if any) and hand it the new token. */
async function startSession(ctx: Context, token: string, expiresAt: Date): Promise<void> {
  if (ctx.session) await invalidateSession(ctx.db, ctx.session.id);
  ctx.resHeaders.append("Set-Cookie", serializeSessionCookie(token, expiresAt));
}

function endSession(ctx: Context): void {
  ctx.resHeaders.append("Set-Cookie", serializeBlankSessionCookie());
}

export const ZRevokeSession = z.object({
  sessionId: z.string({ error: "errors:required" }).min(1, { error: "errors:required" }).max(128, { error: "errors:tooLong" }),
});

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signUp: publicProcedure.input(ZSignUp).mutation(async ({ ctx, input }) => {
    const { user, token, session } = await signUp(mailDeps(ctx), input, meta(ctx));
    await startSession(ctx, token, session.expiresAt);
    return { user };
  }),

  logIn: publicProcedure.input(ZLogIn).mutation(async ({ ctx, input }) => {
    const { user, token, session } = await logIn(deps(ctx), input, meta(ctx));
    await startSession(ctx, token, session.expiresAt);
    return { user };
  }),

  logOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) {
      await logOut(ctx.db, ctx.session.id);
      ctx.realtime.disconnectSession(ctx.session.id);
    }
    endSession(ctx);
    return { ok: true as const };
  }),

  logOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    await logOutEverywhere(ctx.db, ctx.user.id);
    ctx.realtime.disconnectUser(ctx.user.id);
    endSession(ctx);
    return { ok: true as const };
  }),

  changePassword: protectedProcedure.input(ZChangePassword).mutation(async ({ ctx, input }) => {
    // Taken before the change: the sessions it ends, whose sockets must close too.
    const ended = await listUserSessions(ctx.db, ctx.user.id);
    const { token, session } = await changePassword(deps(ctx), { userId: ctx.user.id }, input, meta(ctx));
    await startSession(ctx, token, session.expiresAt);
    for (const old of ended) ctx.realtime.disconnectSession(old.id);
    return { ok: true as const };
  }),

  /** Always `{ ok: true }`, whether or not the address has an account (the e-mail says the rest). */
  requestPasswordReset: publicProcedure.input(ZForgotPassword).mutation(async ({ ctx, input }) => {
    await requestPasswordReset(mailDeps(ctx), input, meta(ctx));
    return { ok: true as const };
  }),

  /** Whether a reset link can still be used (before showing the new-password form). */
  checkResetToken: publicProcedure.input(ZTokenInput).query(async ({ ctx, input }) => ({
    usable: (await checkResetToken(ctx.db, input.token)) !== null,
  })),

  /** Sets the new password and ends every session of the account; the person then logs in with it. */
  resetPassword: publicProcedure.input(ZResetPassword).mutation(async ({ ctx, input }) => {
    const { userId } = await resetPassword(deps(ctx), input, meta(ctx));
    sessionsEnded(ctx, userId);
    return { ok: true as const };
  }),

  verifyEmail: publicProcedure
    .input(ZTokenInput)
    .mutation(({ ctx, input }) => verifyEmail({ db: ctx.db, mail: ctx.accountMail, siteOrigin: ctx.siteOrigin }, input.token)),

  resendVerificationEmail: protectedProcedure.mutation(({ ctx }) => resendVerificationEmail(mailDeps(ctx), ctx.user.id, meta(ctx))),

  /** Mails a confirmation link to the new address; the account's address changes once it is opened. */
  requestEmailChange: protectedProcedure
    .input(ZChangeEmail)
    .mutation(({ ctx, input }) => requestEmailChange(mailDeps(ctx), { userId: ctx.user.id }, input, meta(ctx))),

  /** "It was not me": the old address back, every session ended, and a reset token to set a new password with. */
  restoreEmail: publicProcedure.input(ZTokenInput).mutation(async ({ ctx, input }) => {
    const restored = await restoreEmail(ctx.db, input.token);
    sessionsEnded(ctx, restored.userId);
    return { resetToken: restored.resetToken };
  }),

  updateSettings: protectedProcedure
    .input(ZAccountSettings)
    .mutation(({ ctx, input }) => updateAccountSettings(ctx.db, ctx.user.id, input)),

  sessions: protectedProcedure.query(async ({ ctx }) => {
    const sessions = await listUserSessions(ctx.db, ctx.user.id);
    return sessions.map((session) => ({ ...session, current: session.id === ctx.session.id }));
  }),

  revokeSession: protectedProcedure.input(ZRevokeSession).mutation(async ({ ctx, input }) => {
    await revokeSession(ctx.db, ctx.user.id, input.sessionId);
    ctx.realtime.disconnectSession(input.sessionId);
    if (input.sessionId === ctx.session.id) endSession(ctx);
    return { ok: true as const };
  }),
});
