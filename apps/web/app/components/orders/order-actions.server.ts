import { markConversation, publishSystemMessagesSince } from "@hunar/chat/realtime/publish-system-messages";
import { data } from "react-router";
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

/**
 * Each order change posts its system message into the parties' conversation inside its own
 * transaction, where nothing can go out live. Once the action is over (a success redirects by
 * throwing), the messages it posted go to both parties' open chat tabs and badges.
 */
async function withLiveOrderMessages({ context, orderId }: OrderActionArgs, run: () => Promise<unknown>): Promise<unknown> {
  const publisher = context.chat?.publisher;
  // An id that names no order is the handler's to answer; it only means nothing goes out live.
  const order = publisher
    ? await context.db.order.findUnique({ where: { id: orderId }, select: { clientId: true, freelancerId: true } }).catch(() => null)
    : null;
  if (!publisher || !order) return run();
  const people = [order.clientId, order.freelancerId] as const;
  const mark = await markConversation(context.db, ...people);
  try {
    return await run();
  } finally {
    await publishSystemMessagesSince(context.db, publisher, people, mark).catch((error: unknown) =>
      context.log.warn({ err: error, orderId }, "could not send an order's system messages live"),
    );
  }
}
