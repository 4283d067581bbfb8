import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import { parseInput } from "@hunar/core/parse-input";
import { z } from "zod";
import type { Db, Prisma } from "@hunar/db/types";

export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

// The audit log's filters, as the admin page's GET form sends them (blank is "any").
export const ZAuditLogQuery = z.object({
  /** Whose actions: the admin's user id. */
  actorId: optionalText(64),
  /** A kind ("gig.reject") or a family of kinds ("gig."). */
  action: optionalText(64).pipe(
    z
      .string()
      .regex(/^[a-z][a-zA-Z.]*$/, { error: "errors:invalid" })
      .optional(),
  ),
  /** What was acted on: a type ("Gig"), an id, or both. */
  targetType: optionalText(40),
  targetId: optionalText(64),
  cursor: optionalText(200),
});

export type AuditLogQuery = z.input<typeof ZAuditLogQuery>;

/**
 * The audit log for admins, newest first in keyset pages, filtered by actor, kind (exact, or a
 * family with a trailing dot) and target. The rows are never changed after they are written
 * (the database refuses UPDATE and DELETE on the table: migration 0021), so what this shows is
 * what happened. Admins only: the caller checks the role (requireAdmin on the pages).
 */
export async function listAuditLog(db: Db, raw: AuditLogQuery = {}) {
  const query = parseInput(ZAuditLogQuery, raw);
  const position = query.cursor ? decodeKeysetCursor(query.cursor) : null;
  if (query.cursor && !position) throw new AppError("BAD_INPUT", "errors:invalid", { fields: { cursor: { key: "errors:invalid" } } });
  const where: Prisma.AuditLogWhereInput = {
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.action ? { action: query.action.endsWith(".") ? { startsWith: query.action } : query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(position ? afterKeyset("createdAt", position) : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      reason: true,
      data: true,
      createdAt: true,
      actor: { select: { id: true, displayName: true } },
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page,
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export type AuditLogPage = Awaited<ReturnType<typeof listAuditLog>>;
