import type { SessionUser } from "@hunar/auth/session-user";
import type { HunarLoadContext } from "#app/load-context.ts";

/**
 * What an action on the order page receives. The page's action checks the Origin and the session,
 * then hands the request to the handler its `?intent=` names; the handler reads the body itself
 * (a form, or multipart with files), calls the orders domain and either throws a redirect back
 * to the order page (success, with `?done=<intent>`) or returns `formErrorResponse(error,
 * { intent, values })`, so the page shows the localised error beside the form that sent it.
 */
export interface OrderActionArgs {
  request: Request;
  context: HunarLoadContext;
  orderId: string;
  user: SessionUser;
}

export type OrderActionHandler = (args: OrderActionArgs) => Promise<unknown>;

/** Where a successful action sends the browser: the order page, saying what was done. */
export const orderDoneHref = (orderId: string, intent: string) =>
  `/orders/${encodeURIComponent(orderId)}?done=${encodeURIComponent(intent)}`;
