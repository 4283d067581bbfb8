import { changePassword } from "@hunar/auth/change-password";
import { serializeBlankSessionCookie, serializeSessionCookie } from "@hunar/auth/cookie";
import type { AuthDeps, RequestMeta } from "@hunar/auth/deps";
import { logIn } from "@hunar/auth/log-in";
import { logOut, logOutEverywhere, revokeSession } from "@hunar/auth/log-out";
import { invalidateSession, listUserSessions } from "@hunar/auth/session";
import { signUp } from "@hunar/auth/sign-up";
import { ZAccountSettings, updateAccountSettings } from "@hunar/auth/update-settings";
import { ZChangePassword, ZLogIn, ZSignUp } from "@hunar/auth/validation";
import { z } from "zod";
import type { Context } from "../context.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";

const deps = (ctx: Context): AuthDeps => ({ db: ctx.db, limiter: ctx.limiter, passwordHashing: ctx.passwordHashing });
const meta = (ctx: Context): RequestMeta => ({ ip: ctx.ip, userAgent: ctx.headers.get("user-agent") });

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
    const { user, token, session } = await signUp(deps(ctx), input, meta(ctx));
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
    const others = (await listUserSessions(ctx.db, ctx.user.id)).filter((s) => s.id !== ctx.session.id);
    await changePassword(deps(ctx), { userId: ctx.user.id, sessionId: ctx.session.id }, input, meta(ctx));
    for (const other of others) ctx.realtime.disconnectSession(other.id);
    return { ok: true as const };
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
