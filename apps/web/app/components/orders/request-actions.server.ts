import { badInput } from "@hunar/core/app-error";
import { answerCancellation } from "@hunar/orders/requests/answer-cancellation";
import { answerExtension } from "@hunar/orders/requests/answer-extension";
import { cancelLateOrder } from "@hunar/orders/requests/cancel-late-order";
import { requestCancellation } from "@hunar/orders/requests/request-cancellation";
import { requestExtension } from "@hunar/orders/requests/request-extension";
import { withdrawRequest } from "@hunar/orders/requests/withdraw-request";
import { redirect } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { orderDoneHref, type OrderActionHandler } from "./order-action.server.ts";

type Db = HunarLoadContext["db"];
type Party = { userId: string };
type Values = Record<string, string>;

/** "accept" and "decline" are the answer form's two submit buttons; nothing else is an answer. */
function answer(values: Values): boolean {
  if (values.answer === "accept") return true;
  if (values.answer === "decline") return false;
  throw badInput({ answer: { key: "errors:invalid" } });
}

/**
 * One handler per form of the requests panel: read the named fields, call the orders domain as
 * the signed-in party, and go back to the order page, or show the localised error beside the
 * form that sent it with what was typed kept.
 */
function requestAction(
  intent: string,
  fields: readonly string[],
  run: (db: Db, party: Party, orderId: string, values: Values) => Promise<unknown>,
) {
  const handler: OrderActionHandler = async ({ request, context, orderId, user }) => {
    const form = await readForm(request);
    const values = Object.fromEntries(fields.map((name) => [name, textField(form, name)]));
    try {
      await run(context.db, { userId: user.id }, orderId, values);
    } catch (error) {
      return formErrorResponse(error, { intent, values });
    }
    throw redirect(orderDoneHref(orderId, intent));
  };
  return handler;
}

export const REQUEST_ACTIONS = {
  requestExtension: requestAction("requestExtension", ["days", "reason"], (db, party, orderId, v) =>
    requestExtension(db, party, { orderId, days: v.days ?? "", reason: v.reason ?? "" }),
  ),
  answerExtension: requestAction("answerExtension", ["requestId", "answer"], (db, party, orderId, v) =>
    answerExtension(db, party, { orderId, requestId: v.requestId ?? "", accept: answer(v) }),
  ),
  requestCancellation: requestAction("requestCancellation", ["reason"], (db, party, orderId, v) =>
    requestCancellation(db, party, { orderId, reason: v.reason ?? "" }),
  ),
  answerCancellation: requestAction("answerCancellation", ["requestId", "answer"], (db, party, orderId, v) =>
    answerCancellation(db, party, { orderId, requestId: v.requestId ?? "", accept: answer(v) }),
  ),
  withdrawRequest: requestAction("withdrawRequest", ["requestId"], (db, party, orderId, v) =>
    withdrawRequest(db, party, { orderId, requestId: v.requestId ?? "" }),
  ),
  cancelLate: requestAction("cancelLate", ["reason"], (db, party, orderId, v) =>
    cancelLateOrder(db, party, { orderId, reason: v.reason ?? "" }),
  ),
} satisfies Record<string, OrderActionHandler>;

export type RequestIntent = keyof typeof REQUEST_ACTIONS;
