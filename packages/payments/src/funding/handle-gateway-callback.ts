import { AppError } from "@hunar/core/app-error";
import type { Db, FundingStatus, Tx } from "@hunar/db/types";
import { z } from "zod";
import { paymentsEnv } from "../env.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { decideFunding } from "./decide-funding.ts";
import type { OrderFunding } from "./order-funding.ts";
import { ZId } from "./funding-input.ts";
import { verifyGatewaySignature } from "./gateway-signature.ts";
import { lockFunding } from "./lock-rows.ts";

export const ZGatewayEvent = z.object({
  eventId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  fundingRequestId: ZId,
  status: z.enum(["succeeded", "failed"]),
  // Digits in a string: JSON numbers lose precision above 2^53 and may carry fractions.
  amountPaisa: z.string().regex(/^\d{1,15}$/),
});
export type GatewayEvent = z.infer<typeof ZGatewayEvent>;

export interface GatewayCallbackInput {
  rawBody: Buffer | string;
  signature: string | undefined | null;
  timestamp: string | undefined | null;
}

export interface GatewayCallbackResult {
  fundingRequestId: string;
  status: FundingStatus;
  orderFunded: boolean;
  /** True when this event id was handled before: nothing moved this time. */
  replayed: boolean;
}

const ACTION = "funding.gateway";

function parseEvent(rawBody: Buffer | string): GatewayEvent {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === "string" ? rawBody : rawBody.toString("utf8"));
  } catch {
    throw new AppError("BAD_INPUT", "payments:errors.funding.gatewayEventInvalid");
  }
  const parsed = ZGatewayEvent.safeParse(json);
  if (!parsed.success) throw new AppError("BAD_INPUT", "payments:errors.funding.gatewayEventInvalid");
  return parsed.data;
}

/** The outcome recorded the first time this event was handled, if it was. */
async function earlierOutcome(tx: Tx, event: GatewayEvent): Promise<GatewayCallbackResult | null> {
  const row = await tx.auditLog.findFirst({
    where: {
      action: ACTION,
      targetType: "FundingRequest",
      targetId: event.fundingRequestId,
      data: { path: ["eventId"], equals: event.eventId },
    },
    select: { data: true },
  });
  if (!row) return null;
  // Rows written before the audit data had before/after kept orderFunded at the top.
  const data = row.data as { outcome?: string; orderFunded?: boolean; after?: { orderFunded?: boolean } } | null;
  return {
    fundingRequestId: event.fundingRequestId,
    status: data?.outcome === "confirm" ? "CONFIRMED" : "REJECTED",
    orderFunded: (data?.after?.orderFunded ?? data?.orderFunded) === true,
    replayed: true,
  };
}

/**
 * A payment gateway's signed server-to-server callback. A success confirms the request through
 * the same path as an admin's confirmation (actor null, audit action "funding.gateway"); a
 * failure rejects it. Gateways retry, so an event id seen before moves nothing and returns the
 * first outcome. The request row lock makes two deliveries of one event run one after another.
 */
export async function handleGatewayCallback(
  db: Db,
  input: GatewayCallbackInput,
  orders: OrderFunding,
  options: { secret?: string | null; now?: Date } = {},
): Promise<GatewayCallbackResult> {
  const secret = options.secret === undefined ? paymentsEnv.gatewaySecret : options.secret;
  if (!secret) throw new AppError("NOT_FOUND", "errors:notFound");
  const check = verifyGatewaySignature({ secret, ...input, now: options.now });
  if (!check.ok) throw new AppError("UNAUTHENTICATED", "payments:errors.funding.signatureInvalid", { params: { reason: check.reason } });
  const event = parseEvent(input.rawBody);

  return withMoneyTransaction(db, async (tx) => {
    const locked = await lockFunding(tx, event.fundingRequestId);
    if (!locked) throw new AppError("NOT_FOUND", "errors:notFound");
    const earlier = await earlierOutcome(tx, event);
    if (earlier) return earlier;
    if (BigInt(event.amountPaisa) !== locked.amountPaisa) {
      throw new AppError("BAD_INPUT", "payments:errors.funding.amountMismatch");
    }
    const decided = await decideFunding(
      tx,
      locked.id,
      {
        ...(event.status === "succeeded" ? { outcome: "confirm" as const, orders } : { outcome: "reject" as const }),
        actorId: null,
        action: ACTION,
        reason: null,
        data: { eventId: event.eventId },
      },
      options.now,
    );
    return { fundingRequestId: locked.id, status: decided.request.status, orderFunded: decided.orderFunded, replayed: false };
  });
}
