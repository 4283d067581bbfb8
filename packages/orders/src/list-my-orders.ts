import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import type { Db, MilestoneStatus, OrderStatus, Prisma } from "@hunar/db/types";

export const ORDER_SIDES = ["client", "freelancer"] as const;
export type OrderSide = (typeof ORDER_SIDES)[number];

/**
 * The filters of "My orders". Active is everything still under way (waiting for payment or in
 * progress, late or not); late is in progress past its due date; delivered waits for the client.
 * Disputed orders show under "all" until disputes have their own list.
 */
export const ORDER_FILTERS = ["all", "active", "delivered", "late", "completed", "cancelled"] as const;
export type OrderFilter = (typeof ORDER_FILTERS)[number];

const PAGE_SIZE = 20;

const ORDER_ROW = {
  id: true,
  number: true,
  title: true,
  status: true,
  subtotalPaisa: true,
  totalPaisa: true,
  createdAt: true,
  dueAt: true,
  client: { select: { displayName: true } },
  freelancer: { select: { displayName: true } },
  // A transfer the client reported for this order and an admin has not confirmed yet.
  fundingRequests: { where: { status: "PENDING" }, select: { providerReference: true }, take: 1 },
  // A contract's milestones, for its progress: one query for the whole page, however many rows.
  milestones: { orderBy: { position: "asc" }, select: { position: true, status: true } },
} as const satisfies Prisma.OrderSelect;

/**
 * How far a contract has got, so that one waiting between milestones reads as waiting for its
 * next milestone rather than as a new unpaid order.
 */
export interface MilestoneProgress {
  count: number;
  /** Milestones the client accepted (their payment released). */
  accepted: number;
  /** The milestone being worked on or waiting for acceptance, else the next one to pay; null once none is left. */
  position: number | null;
}

export function milestoneProgress(milestones: readonly { position: number; status: MilestoneStatus }[]): MilestoneProgress | null {
  if (milestones.length === 0) return null;
  const current =
    milestones.find((m) => m.status === "FUNDED" || m.status === "DELIVERED") ?? milestones.find((m) => m.status === "PENDING");
  return {
    count: milestones.length,
    accepted: milestones.filter((m) => m.status === "APPROVED").length,
    position: current?.position ?? null,
  };
}

function filterWhere(filter: OrderFilter, now: Date): Prisma.OrderWhereInput {
  switch (filter) {
    case "all":
      return {};
    case "active":
      return { status: { in: ["PENDING_PAYMENT", "IN_PROGRESS"] } };
    case "late":
      return { status: "IN_PROGRESS", dueAt: { lt: now } };
    default:
      return { status: filter.toUpperCase() as OrderStatus };
  }
}

export interface ListMyOrdersInput {
  side: OrderSide;
  filter?: OrderFilter;
  cursor?: string | null;
  limit?: number;
}

/**
 * One side of the signed-in person's orders (what they bought, or what was bought from them),
 * newest first, a page at a time, with how many orders each filter holds. The client's pending
 * transfer reference appears on the client's side only.
 */
export async function listMyOrders(db: Db, userId: string, input: ListMyOrdersInput, now = new Date()) {
  const filter = input.filter ?? "all";
  const limit = Math.min(Math.max(input.limit ?? PAGE_SIZE, 1), 100);
  const position = input.cursor ? decodeKeysetCursor(input.cursor) : null;
  if (input.cursor && !position) throw new AppError("BAD_INPUT", "orders:errors.cursorInvalid");
  const mine: Prisma.OrderWhereInput = input.side === "client" ? { clientId: userId } : { freelancerId: userId };
  const [rows, counts] = await Promise.all([
    db.order.findMany({
      where: { ...mine, ...filterWhere(filter, now), ...(position ? afterKeyset("createdAt", position) : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: ORDER_ROW,
    }),
    countMyOrders(db, mine, now),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const orders: (Omit<(typeof page)[number], "fundingRequests" | "milestones"> & {
    fundingRequests?: { providerReference: string }[];
    milestones: MilestoneProgress | null;
  })[] = page.map(({ fundingRequests, milestones, ...order }) => ({
    ...order,
    ...(input.side === "client" ? { fundingRequests } : {}),
    milestones: milestoneProgress(milestones),
  }));
  return {
    side: input.side,
    filter,
    orders,
    counts,
    nextCursor: rows.length > limit && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** How many of this side's orders each filter shows: one grouped count and one late count. */
async function countMyOrders(db: Db, mine: Prisma.OrderWhereInput, now: Date): Promise<Record<OrderFilter, number>> {
  const [byStatus, late] = await Promise.all([
    db.order.groupBy({ by: ["status"], where: mine, _count: { _all: true } }),
    db.order.count({ where: { ...mine, ...filterWhere("late", now) } }),
  ]);
  const of = (status: OrderStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    all: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    active: of("PENDING_PAYMENT") + of("IN_PROGRESS"),
    delivered: of("DELIVERED"),
    late,
    completed: of("COMPLETED"),
    cancelled: of("CANCELLED"),
  };
}

export type MyOrders = Awaited<ReturnType<typeof listMyOrders>>;
export type MyOrderRow = MyOrders["orders"][number];
