import { AppError } from "@hunar/core/app-error";
import type { Db, FeeSchedule, Tx } from "@hunar/db/types";
import { isUniqueViolationOn } from "../ledger/retryable-error.ts";
import { parseInput } from "@hunar/core/parse-input";
import { type FeeScheduleInput, ZFeeScheduleInput } from "./fee-schedule-input.ts";

export { type FeeScheduleInput, ZFeeScheduleInput } from "./fee-schedule-input.ts";

/** The schedule with the latest effectiveFrom not after `now`, or null before one is configured. */
export function findFeeScheduleInForce(db: Db | Tx, now: Date = new Date()): Promise<FeeSchedule | null> {
  return db.feeSchedule.findFirst({ where: { effectiveFrom: { lte: now } }, orderBy: { effectiveFrom: "desc" } });
}

/** The schedule in force (see findFeeScheduleInForce); orders snapshot its numbers. */
export async function getFeeScheduleInForce(db: Db | Tx, now: Date = new Date()): Promise<FeeSchedule> {
  const schedule = await findFeeScheduleInForce(db, now);
  if (!schedule) throw new AppError("INVALID_STATE", "payments:errors.fees.noScheduleInForce");
  return schedule;
}

/** Every version, newest first, including ones that take effect later. */
export function listFeeSchedules(db: Db | Tx): Promise<FeeSchedule[]> {
  return db.feeSchedule.findMany({ orderBy: { version: "desc" } });
}

// A form submitted a moment ago with "now" must not be refused for being in the past.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * A new version of the fee rates. Versions are never edited: orders already placed keep the
 * numbers they were created with, and the audit log says who changed the rates and why.
 */
export async function createFeeScheduleVersion(
  db: Db,
  admin: { userId: string; ip?: string | null },
  raw: FeeScheduleInput,
  now: Date = new Date(),
): Promise<FeeSchedule> {
  const input = parseInput(ZFeeScheduleInput, raw);
  const effectiveFrom = input.effectiveFrom ?? now;
  if (effectiveFrom.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    throw new AppError("BAD_INPUT", "payments:errors.fees.effectiveFromPast", {
      fields: { effectiveFrom: { key: "payments:errors.fees.effectiveFromPast" } },
    });
  }
  // Two admins saving at once may pick the same next version; the loser simply tries again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const actor = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true } });
        if (!actor?.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
        const latest = await tx.feeSchedule.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
        const { reason, effectiveFrom: _unused, ...rates } = input;
        // What the new version replaces is whatever would be in force when it starts (the current
        // one, or a version already scheduled before that moment).
        const replaced = await findFeeScheduleInForce(tx, effectiveFrom);
        const schedule = await tx.feeSchedule.create({
          data: { ...rates, version: (latest?.version ?? 0) + 1, effectiveFrom, note: reason, createdById: admin.userId },
        });
        await tx.auditLog.create({
          data: {
            actorId: admin.userId,
            action: "fees.update",
            targetType: "FeeSchedule",
            targetId: schedule.id,
            reason,
            data: { before: replaced ? scheduleFacts(replaced) : {}, after: scheduleFacts(schedule) },
            ip: admin.ip ?? null,
          },
        });
        return schedule;
      });
    } catch (error) {
      if (isUniqueViolationOn(error, "FeeSchedule", "effectiveFrom")) {
        throw new AppError("CONFLICT", "payments:errors.fees.effectiveFromTaken", {
          fields: { effectiveFrom: { key: "payments:errors.fees.effectiveFromTaken" } },
        });
      }
      if (attempt < 3 && isUniqueViolationOn(error, "FeeSchedule", "version")) continue;
      throw error;
    }
  }
}

/** A version's numbers for the audit log; amounts as strings of paisa, like every other amount there. */
function scheduleFacts(schedule: FeeSchedule) {
  return {
    version: schedule.version,
    freelancerFeeBps: schedule.freelancerFeeBps,
    clientFeeBps: schedule.clientFeeBps,
    minimumFeePaisa: String(schedule.minimumFeePaisa),
    clearanceDays: schedule.clearanceDays,
    payoutMinimumPaisa: String(schedule.payoutMinimumPaisa),
    effectiveFrom: schedule.effectiveFrom.toISOString(),
  };
}
