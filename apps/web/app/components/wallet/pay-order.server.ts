import type { Db } from "@hunar/db/client";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { parseInput } from "@hunar/core/parse-input";
import { ZRail, ZReference } from "@hunar/payments/funding/funding-input";
import { z } from "zod";
import type { PayMethod } from "./payment-options.server.ts";

interface Payment {
  method: PayMethod;
  rail?: string;
  reference?: string;
}

const ZTransfer = z.object({ rail: ZRail, reference: ZReference });

/** A manual transfer's rail and reference, checked by the funding domain's own rules (field errors). */
export function validateTransfer(payment: Payment): void {
  if (payment.method === "manual") parseInput(ZTransfer, { rail: payment.rail, reference: payment.reference });
}

export function payPlacedOrder(db: Db, userId: string, orderId: string, payment: Payment) {
  return payOrder(
    db,
    { userId },
    {
      orderId,
      method: payment.method,
      ...(payment.method === "manual" ? { rail: payment.rail as never, reference: payment.reference } : {}),
    },
  );
}

/**
 * Where the browser goes once a payment went through: a funded order to its page (the work has
 * started there), a transfer waiting for an admin to My orders, which shows what it waits for.
 */
export function afterPaymentHref(orderId: string, method: string): string {
  if (method === "manual") return "/orders?done=manual";
  return `/orders/${encodeURIComponent(orderId)}?done=${encodeURIComponent(method)}`;
}
