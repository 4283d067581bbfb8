import { AppError } from "@hunar/core/app-error";
import { decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import type { Db, DisputeStatus, Prisma } from "@hunar/db/types";
import { addDays } from "@hunar/orders/order-link";
import { assertAdminRole } from "../decisions/deciding-admin.ts";
import { AWAITING_ADMIN, DECISION_TARGET_DAYS } from "../dispute-rules.ts";

export const DISPUTE_QUEUE_PAGE = 50;

/** The queue's one WHERE: disputes waiting for an admin (a decision, or an appeal's). */
const WAITING: Prisma.DisputeWhereInput = { status: { in: [...AWAITING_ADMIN] } };

export interface QueuedDispute {
  id: string;
  status: DisputeStatus;
  reason: string;
  orderId: string;
  orderNumber: number;
  title: string;
  escrowPaisa: number;
  createdAt: Date;
  answerDueAt: Date;
  answeredAt: Date | null;
  appealedAt: Date | null;
  /** The other party has not answered and their time is not up: no decision yet. */
  awaitingAnswer: boolean;
  /** Waiting for an admin longer than the platform's target (from opening, or from the appeal). */
  overdue: boolean;
}

/** How many disputes wait for an admin, counted in full (the queue's page stops at 50). */
export async function countDisputeQueue(db: Db): Promise<number> {
  return db.dispute.count({ where: WAITING });
}

/**
 * The admin queue, oldest first (the longest wait on top), in keyset pages; each row says
 * whether it may be decided yet and whether it is overdue. Admins only (role from the database).
 */
export async function listDisputeQueue(
  db: Db,
  admin: { userId: string },
  query: { cursor?: string | null } = {},
  now = new Date(),
): Promise<{ disputes: QueuedDispute[]; nextCursor: string | null }> {
  await assertAdminRole(db, admin.userId);
  const position = query.cursor ? decodeKeysetCursor(query.cursor) : null;
  if (query.cursor && !position) throw new AppError("BAD_INPUT", "errors:invalid", { fields: { cursor: { key: "errors:invalid" } } });
  const rows = await db.dispute.findMany({
    where: {
      ...WAITING,
      ...(position ? { OR: [{ createdAt: { gt: position.at } }, { createdAt: position.at, id: { gt: position.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: DISPUTE_QUEUE_PAGE + 1,
    select: {
      id: true,
      status: true,
      reason: true,
      escrowPaisa: true,
      createdAt: true,
      answerDueAt: true,
      answeredAt: true,
      appealedAt: true,
      order: { select: { id: true, number: true, title: true } },
    },
  });
  const page = rows.slice(0, DISPUTE_QUEUE_PAGE);
  const last = page.at(-1);
  return {
    disputes: page.map((row) => ({
      id: row.id,
      status: row.status,
      reason: row.reason,
      orderId: row.order.id,
      orderNumber: row.order.number,
      title: row.order.title,
      escrowPaisa: row.escrowPaisa,
      createdAt: row.createdAt,
      answerDueAt: row.answerDueAt,
      answeredAt: row.answeredAt,
      appealedAt: row.appealedAt,
      awaitingAnswer: row.status === "OPEN" && row.answeredAt === null && row.answerDueAt > now,
      overdue: addDays(row.appealedAt ?? row.createdAt, DECISION_TARGET_DAYS) < now,
    })),
    nextCursor: rows.length > DISPUTE_QUEUE_PAGE && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
