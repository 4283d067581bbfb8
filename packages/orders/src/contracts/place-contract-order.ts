import { assertEmailVerified, verifiedEmailSelect } from "@hunar/auth/verified-email";
import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import type { Tx } from "@hunar/db/types";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { splitClientFee } from "@hunar/payments/fees/split-client-fee";
import type { PlacedOrder } from "../checkout/place-gig-order.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { type ContractTerms, milestoneDurations } from "./contract-terms.ts";

/**
 * Creates a contract order, PENDING_PAYMENT, in the caller's transaction (the one that accepts
 * the proposal or the offer, so the acceptance and its order commit together). Fees come from
 * the schedule in force, snapshotted on the order as for a gig order; with milestones, the client
 * fee is shared across them (splitClientFee) and each is funded on its own later. The client must
 * be active with a verified e-mail (as for ordering a gig) and the freelancer active.
 */
export async function placeContractOrder(tx: Tx, terms: ContractTerms, now = new Date()): Promise<PlacedOrder> {
  await assertParties(tx, terms);
  const plan = terms.milestones?.length ? terms.milestones : null;
  if (plan && plan.reduce((sum, milestone) => sum + milestone.amountPaisa, 0) !== terms.pricePaisa) {
    throw new AppError("BAD_INPUT", "orders:errors.contract.milestonesTotal");
  }
  const schedule = await getFeeScheduleInForce(tx, now);
  const fees = calculateFees(terms.pricePaisa, schedule);
  const order = await tx.order.create({
    data: {
      source: terms.source,
      clientId: terms.clientId,
      freelancerId: terms.freelancerId,
      proposalId: terms.proposalId ?? null,
      jobId: terms.jobId ?? null,
      offerId: terms.offerId ?? null,
      gigId: terms.gigId ?? null,
      title: terms.title,
      requirements: terms.requirements,
      subtotalPaisa: fees.subtotalPaisa,
      clientFeePaisa: fees.clientFeePaisa,
      freelancerFeePaisa: fees.freelancerFeePaisa,
      totalPaisa: fees.totalPaisa,
      feeScheduleId: schedule.id,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
      deliveryDays: terms.deliveryDays,
      revisionsAllowed: terms.revisionsAllowed,
      status: "PENDING_PAYMENT",
      createdAt: now,
    },
    select: { id: true, number: true, totalPaisa: true },
  });
  if (plan) {
    const shares = splitClientFee(
      fees.clientFeePaisa,
      plan.map((milestone) => milestone.amountPaisa),
    );
    const durations = milestoneDurations(plan);
    await tx.milestone.createMany({
      data: plan.map((milestone, index) => ({
        orderId: order.id,
        position: index + 1,
        title: milestone.title,
        amountPaisa: milestone.amountPaisa,
        clientFeePaisa: shares[index] ?? 0,
        durationDays: durations[index] ?? 1,
        createdAt: now,
      })),
    });
  }
  await recordOrderEvent(tx, { order, kind: "placed", data: {}, actorId: terms.clientId, at: now, dedupeKey: `order:${order.id}:placed` });
  return order;
}

async function assertParties(tx: Tx, terms: ContractTerms): Promise<void> {
  if (terms.clientId === terms.freelancerId) throw new AppError("FORBIDDEN", "orders:errors.contract.sameParty");
  const client = await tx.user.findUnique({ where: { id: terms.clientId }, select: { ...activeUserSelect, ...verifiedEmailSelect } });
  const freelancer = await tx.user.findUnique({ where: { id: terms.freelancerId }, select: activeUserSelect });
  if (!client) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
  if (!isActiveUser(client)) throw new AppError("FORBIDDEN", "payments:errors.checkout.accountSuspended");
  assertEmailVerified(client);
  if (!freelancer || !isActiveUser(freelancer)) throw new AppError("INVALID_STATE", "orders:errors.contract.freelancerUnavailable");
}
