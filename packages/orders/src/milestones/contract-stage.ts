import type { Db, MilestoneStatus, Tx } from "@hunar/db/types";
import type { OrderShape } from "../order-states.ts";

export interface ContractMilestone {
  id: string;
  position: number;
  title: string;
  amountPaisa: number;
  clientFeePaisa: number;
  durationDays: number;
  status: MilestoneStatus;
  dueAt: Date | null;
  fundedAt: Date | null;
  deliveredAt: Date | null;
  approvedAt: Date | null;
}

/** Where a contract is: its milestones in order, the one being worked on and the one to pay next. */
export interface ContractStage {
  milestones: ContractMilestone[];
  /** The funded milestone (FUNDED or DELIVERED); at most one, since each is paid after the previous was accepted. */
  current: ContractMilestone | null;
  /** The first milestone not paid yet, when none is being worked on. */
  next: ContractMilestone | null;
  shape: OrderShape;
}

export const MILESTONE_SELECT = {
  id: true,
  position: true,
  title: true,
  amountPaisa: true,
  clientFeePaisa: true,
  durationDays: true,
  status: true,
  dueAt: true,
  fundedAt: true,
  deliveredAt: true,
  approvedAt: true,
} as const;

/**
 * The contract's milestones and what they mean for its transitions. Call with the order locked
 * when deciding (every milestone change happens under that lock). An order without milestones
 * gets an empty stage shaped as a whole order, so it behaves exactly as before.
 */
export async function readContractStage(db: Db | Tx, orderId: string): Promise<ContractStage> {
  const milestones = await db.milestone.findMany({ where: { orderId }, orderBy: { position: "asc" }, select: MILESTONE_SELECT });
  return contractStage(milestones);
}

export function contractStage(milestones: ContractMilestone[]): ContractStage {
  const current = milestones.find((m) => m.status === "FUNDED" || m.status === "DELIVERED") ?? null;
  const pending = milestones.filter((m) => m.status === "PENDING");
  const next = current ? null : (pending[0] ?? null);
  const after = current ? pending.filter((m) => m.position > current.position) : pending;
  return {
    milestones,
    current,
    next,
    shape: { contract: milestones.length > 0, lastMilestone: after.length === 0 },
  };
}

/** What paying the order takes now: the next milestone with its client fee share, or the whole total. */
export function amountDuePaisa(order: { totalPaisa: number }, stage: ContractStage): bigint {
  if (!stage.shape.contract) return BigInt(order.totalPaisa);
  return stage.next ? BigInt(stage.next.amountPaisa + stage.next.clientFeePaisa) : 0n;
}
