import { AppError } from "@hunar/core/app-error";
import { activeUserWhere } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { openReport } from "./open-report.ts";
import { parseWith } from "./parse-gig-input.ts";
import { type ReportGigValues, ZReportGig } from "./validation.ts";

/**
 * Any signed-in user may report a person whose public profile others can see (an active account,
 * not their own), with the same reasons and note as a gig report; the report joins the admins'
 * report queue beside gig reports. One open report per reporter and person.
 */
export async function reportUser(db: Db, reporterId: string, userId: string, values: ReportGigValues): Promise<{ reportId: string }> {
  const input = parseWith(ZReportGig, values);
  if (typeof userId !== "string" || userId.length === 0 || userId.length > 64) throw new AppError("NOT_FOUND", "errors:notFound");
  if (userId === reporterId) throw new AppError("INVALID_STATE", "gigs:errors.cannotReportYourself");
  return db.$transaction(async (tx) => {
    // Locking the person serialises two reports from one user, so the duplicate check holds.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (locked.length === 0 || (await tx.user.count({ where: { id: userId, ...activeUserWhere } })) === 0) {
      throw new AppError("NOT_FOUND", "errors:notFound");
    }
    return openReport(tx, reporterId, { type: "USER", id: userId }, input, "gigs:errors.alreadyReportedUser");
  });
}
