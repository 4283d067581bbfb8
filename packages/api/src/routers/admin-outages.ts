import { declareOutage } from "@hunar/orders/outage/declare-outage";
import { listOutages } from "@hunar/orders/outage/list-outages";
import { z } from "zod";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";

// The reason, the start (not in the future) and the hours' range belong to the orders domain,
// which reports them on the fields "reason", "startedAt" and "hours".
const ZDeclare = z.object({
  reason: z.string({ error: "errors:required" }),
  startedAt: z.date({ error: "errors:invalid" }),
  hours: z.number({ error: "errors:invalid" }),
});

const admin = (ctx: Context & { user: { id: string; isAdmin: boolean } }) => ({
  userId: ctx.user.id,
  isAdmin: ctx.user.isAdmin,
  ip: ctx.ip,
});

export const adminOutagesRouter = router({
  list: adminProcedure.query(({ ctx }) => listOutages(ctx.db)),

  /** Pushes back every running timer by the outage's hours, audited `outage.declare`. */
  declare: adminProcedure.input(ZDeclare).mutation(({ ctx, input }) => declareOutage(ctx.db, admin(ctx), input)),
});
