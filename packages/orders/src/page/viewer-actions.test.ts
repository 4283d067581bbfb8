import { describe, expect, it } from "vitest";
import { mayTransition, WHOLE_ORDER } from "../order-states.ts";
import { viewerTransitions } from "./viewer-actions.ts";

const MORE = { contract: true, lastMilestone: false };
const LAST = { contract: true, lastMilestone: true };

describe("what the order page offers, by the order's shape", () => {
  it("offers an order without milestones its work, and a dispute while funded work is not accepted", () => {
    expect(viewerTransitions("PENDING_PAYMENT", "client")).toEqual(["pay", "cancelUnpaid"]);
    expect(viewerTransitions("DELIVERED", "client", WHOLE_ORDER)).toEqual(["requestRevision", "accept", "openDispute"]);
    expect(viewerTransitions("IN_PROGRESS", "freelancer")).toEqual(["deliver", "cancel", "openDispute"]);
    expect(viewerTransitions("DELIVERED", "admin")).toEqual([]);
  });

  it("offers nothing on a disputed order: the work is frozen until the dispute ends", () => {
    expect(viewerTransitions("DISPUTED", "client")).toEqual([]);
    expect(viewerTransitions("DISPUTED", "freelancer")).toEqual([]);
    expect(viewerTransitions("COMPLETED", "client")).toEqual([]);
  });

  it("accepts a contract's earlier milestone on its own and completes only with the last", () => {
    expect(viewerTransitions("DELIVERED", "client", MORE)).toEqual(["requestRevision", "acceptMilestone", "openDispute"]);
    expect(viewerTransitions("DELIVERED", "client", LAST)).toEqual(["requestRevision", "accept", "openDispute"]);
    expect(viewerTransitions("PENDING_PAYMENT", "client", MORE)).toEqual(["pay", "endContract"]);
    expect(viewerTransitions("PENDING_PAYMENT", "freelancer", MORE)).toEqual([]);
  });

  it("lets the timer accept a milestone or complete the order, never both", () => {
    expect([mayTransition("autoComplete", "DELIVERED", MORE), mayTransition("autoAcceptMilestone", "DELIVERED", MORE)]).toEqual([
      false,
      true,
    ]);
    expect([mayTransition("autoComplete", "DELIVERED", LAST), mayTransition("autoAcceptMilestone", "DELIVERED", LAST)]).toEqual([
      true,
      false,
    ]);
    expect(mayTransition("autoAcceptMilestone", "DELIVERED")).toBe(false);
    expect(mayTransition("endContract", "PENDING_PAYMENT")).toBe(false);
  });
});
