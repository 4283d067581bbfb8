import type { Db } from "@hunar/db/client";
import { addPayoutMethod } from "@hunar/payments/payouts/add-payout-method";
import { removePayoutMethod } from "@hunar/payments/payouts/remove-payout-method";
import { setDefaultPayoutMethod } from "@hunar/payments/payouts/set-default-payout-method";
import { data, redirect } from "react-router";
import { formErrorResponse } from "./action-errors.server.ts";
import { textField } from "./form-data.ts";

/** Add, remove or make default; success redirects back to the list with what was done. */
export async function payoutMethodAction(db: Db, userId: string, form: FormData) {
  const intent = textField(form, "intent");
  const user = { userId };
  if (intent === "add") {
    const values = {
      rail: textField(form, "rail"),
      accountTitle: textField(form, "accountTitle"),
      accountNumber: textField(form, "accountNumber"),
      bankName: textField(form, "bankName"),
    };
    try {
      await addPayoutMethod(db, user, values);
    } catch (error) {
      return formErrorResponse(error, { form: "add" as const, values });
    }
    return redirect("/earnings/payout-methods?done=added");
  }
  const id = textField(form, "payoutMethodId");
  try {
    if (intent === "remove") await removePayoutMethod(db, user, id);
    else if (intent === "makeDefault") await setDefaultPayoutMethod(db, user, id);
    else throw data({ messageKey: "errors:invalid" }, { status: 400 });
  } catch (error) {
    return formErrorResponse(error, { form: "change" as const, values: null });
  }
  return redirect(`/earnings/payout-methods?done=${intent === "remove" ? "removed" : "madeDefault"}`);
}
