import { data } from "react-router";
import { withLiveSystemMessages } from "#app/chat/live-system-messages.server.ts";
import type { OrderActionArgs, OrderActionHandler } from "./order-action.server.ts";
import { REQUEST_ACTIONS } from "./request-actions.server.ts";
import { REQUIREMENTS_ACTIONS } from "./requirements-actions.server.ts";
import { REVIEW_ACTIONS } from "./review-actions.server.ts";
import { WORK_ACTIONS } from "./work-actions.server.ts";

/**
 * Every action the order page accepts, by the `?intent=` its forms post to. Each area of the
 * order's life registers its handlers here; the domain rechecks state and role in every one.
 */
const ORDER_ACTIONS: Record<string, OrderActionHandler> = {
  ...REQUIREMENTS_ACTIONS,
  ...WORK_ACTIONS,
  ...REQUEST_ACTIONS,
  ...REVIEW_ACTIONS,
};

export async function runOrderAction(intent: string | null, args: OrderActionArgs) {
  const handler = intent && Object.hasOwn(ORDER_ACTIONS, intent) ? ORDER_ACTIONS[intent] : undefined;
  if (!handler) return data({ intent, errors: { form: { key: "errors:invalid" } } }, { status: 400 });
  return withLiveOrderMessages(args, () => handler(args));
}

/** Each order change posts its system message into the parties' conversation; they go out live after it. */
async function withLiveOrderMessages({ context, orderId }: OrderActionArgs, run: () => Promise<unknown>): Promise<unknown> {
  // An id that names no order is the handler's to answer; it only means nothing goes out live.
  const order = context.chat?.publisher
    ? await context.db.order.findUnique({ where: { id: orderId }, select: { clientId: true, freelancerId: true } }).catch(() => null)
    : null;
  return withLiveSystemMessages(context, order ? [order.clientId, order.freelancerId] : null, run, { orderId });
}
