import { searchUsers } from "@hunar/auth/admin-users";
import { restoreUser, suspendUser } from "@hunar/auth/suspend-user";
import { getAdminUserPage } from "@hunar/orders/admin/admin-user-page";
import { z } from "zod";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";

// Shapes only: the domain checks lengths, the cursor and the reason, and reports them on the
// fields "q", "cursor", "userId" and "reason" in the caller's language.
const ZSearch = z.object({ q: z.string({ error: "errors:invalid" }).optional(), cursor: z.string({ error: "errors:invalid" }).optional() });
const ZUser = z.object({ userId: z.string({ error: "errors:required" }) });
const ZDecision = ZUser.extend({ reason: z.string({ error: "auth:suspension.reasonRequired" }) });

const admin = (ctx: Context & { user: { id: string } }) => ({ userId: ctx.user.id, ip: ctx.ip });

export const adminUsersRouter = router({
  search: adminProcedure.input(ZSearch).query(({ ctx, input }) => searchUsers(ctx.db, admin(ctx), input)),

  /** The user's page: account, CNIC state, latest orders, gigs, reports, payouts and sessions (never their tokens). */
  page: adminProcedure.input(ZUser).query(({ ctx, input }) => getAdminUserPage(ctx.db, admin(ctx), input)),

  /** Audited `user.suspend`; the person's sessions end and their open sockets are closed. */
  suspend: adminProcedure.input(ZDecision).mutation(async ({ ctx, input }) => {
    const result = await suspendUser(ctx.db, admin(ctx), input);
    ctx.realtime.disconnectUser(result.userId);
    return result;
  }),

  /** Audited `user.restore`. */
  restore: adminProcedure.input(ZDecision).mutation(({ ctx, input }) => restoreUser(ctx.db, admin(ctx), input)),
});
