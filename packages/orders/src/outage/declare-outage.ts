import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { activeUserSelect, isActiveUser } from "@hunar/auth/active-user";
import type { Db } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { extendRunningTimers } from "./extend-running-timers.ts";
import { type DeclareOutageInput, ZDeclareOutageInput } from "./outage-input.ts";
import { OUTAGE_SELECT, type OutageView, toOutageView } from "./outage-view.ts";

const startInvalid = () =>
  new AppError("BAD_INPUT", "orders:errors.outage.startInvalid", { fields: { startedAt: { key: "orders:errors.outage.startInvalid" } } });

/**
 * An admin declares that the platform (or the country's connectivity) was down, so nobody is
 * punished for it: every timer still running when it began is pushed back by its hours, once, in
 * the declaring transaction, and the audit log says who did it and why. Declarations take turns
 * (a table lock): each moves every timer by its own hours, and two statements locking the same
 * thousands of order rows in different orders can never deadlock each other.
 */
export async function declareOutage(
  db: Db,
  admin: { userId: string; ip?: string | null },
  raw: DeclareOutageInput,
  now = new Date(),
): Promise<OutageView> {
  const input = parseInput(ZDeclareOutageInput, raw, { formKey: (fields) => Object.values(fields)[0]?.key ?? "errors:badInput" });
  if (input.startedAt.getTime() > now.getTime()) throw startInvalid();
  return withMoneyTransaction(db, async (tx) => {
    const actor = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, ...activeUserSelect } });
    if (!actor?.isAdmin || !isActiveUser(actor)) throw new AppError("FORBIDDEN", "errors:forbidden");
    await tx.$executeRaw`LOCK TABLE "Outage" IN EXCLUSIVE MODE`;
    const outage = await tx.outage.create({
      data: { reason: input.reason, startedAt: input.startedAt, hours: input.hours, declaredById: admin.userId, createdAt: now },
      select: { id: true },
    });
    const ordersExtended = await extendRunningTimers(tx, {
      outageId: outage.id,
      hours: input.hours,
      reason: input.reason,
      startedAt: input.startedAt,
      actorId: admin.userId,
      now,
    });
    const saved = await tx.outage.update({ where: { id: outage.id }, data: { ordersExtended }, select: OUTAGE_SELECT });
    await tx.auditLog.create({
      data: {
        actorId: admin.userId,
        action: "outage.declare",
        targetType: "Outage",
        targetId: outage.id,
        reason: input.reason,
        // Declaring creates the outage, so nothing stood before it; the orders it moved are part of its effect.
        data: { before: {}, after: { hours: input.hours, startedAt: input.startedAt.toISOString(), ordersExtended } },
        ip: admin.ip ?? null,
      },
    });
    return toOutageView(saved);
  });
}
