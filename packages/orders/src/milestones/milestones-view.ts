import type { ContractMilestone, ContractStage } from "./contract-stage.ts";

/**
 * A milestone as the order page shows it: the contract's own row, except that the running
 * milestone's due date is the order's (extensions and outage grace move it).
 */
export type MilestoneView = ContractMilestone;

export interface MilestonesView {
  items: MilestoneView[];
  /** The milestone being worked on or waiting for acceptance. */
  currentId: string | null;
  /** The milestone the client pays next, when none is being worked on. */
  nextId: string | null;
  /** What paying the next milestone takes (its amount + fee share); null when none waits. */
  nextDuePaisa: number | null;
}

/** A contract's milestones as its page shows them; empty for an order without milestones. */
export function milestonesView(order: { dueAt: Date | null; status: string }, stage: ContractStage): MilestonesView {
  const current = stage.current;
  const next = order.status === "PENDING_PAYMENT" ? stage.next : null;
  return {
    items: stage.milestones.map((m) => ({ ...m, dueAt: m.id === current?.id ? (order.dueAt ?? m.dueAt) : m.dueAt })),
    currentId: current?.id ?? null,
    nextId: next?.id ?? null,
    nextDuePaisa: next ? next.amountPaisa + next.clientFeePaisa : null,
  };
}
