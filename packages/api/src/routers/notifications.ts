import { listNotifications } from "@hunar/notifications/inbox/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@hunar/notifications/inbox/mark-read";
import { countUnreadNotifications } from "@hunar/notifications/inbox/unread-count";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

// The inbox domain checks the cursor and the page size; rows are always the signed-in user's own.
const ZList = z
  .object({
    cursor: z.string({ error: "errors:invalid" }).max(200, { error: "errors:invalid" }).nullish(),
    limit: z.number({ error: "errors:invalid" }).optional(),
  })
  .default({});

/** The signed-in user's inbox. Rows come as stored (kind, data, link); the reader renders them in their language. */
export const notificationsRouter = router({
  list: protectedProcedure.input(ZList).query(({ ctx, input }) =>
    listNotifications(ctx.db, ctx.user.id, {
      ...(input.cursor ? { cursor: input.cursor } : {}),
      ...(input.limit === undefined ? {} : { limit: input.limit }),
    }),
  ),

  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.user.id)),

  /** Someone else's notification is NOT_FOUND and stays unread; returns where it leads. */
  markRead: protectedProcedure
    .input(z.object({ notificationId: ZId }))
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.user.id, input.notificationId)),

  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.user.id)),
});
