import type { Db } from "@hunar/db/client";
import { markPayoutPaid } from "@hunar/payments/payouts/mark-payout-paid";
import { rejectPayout } from "@hunar/payments/payouts/reject-payout";
import { data, redirect } from "react-router";
import { formErrorResponse } from "./action-errors.server.ts";
import { textField } from "./form-data.ts";

/** Pay (with the transfer reference) or reject (with a reason) one queued payout. */
export async function adminPayoutAction(db: Db, admin: { userId: string; isAdmin: boolean; ip: string }, form: FormData) {
  const intent = textField(form, "intent");
  const payoutRequestId = textField(form, "payoutRequestId");
  const values = { reference: textField(form, "reference"), reason: textField(form, "reason") };
  try {
    if (intent === "pay") await markPayoutPaid(db, admin, { payoutRequestId, reference: values.reference });
    else if (intent === "reject") await rejectPayout(db, admin, { payoutRequestId, reason: values.reason });
    else throw data({ messageKey: "errors:invalid" }, { status: 400 });
  } catch (error) {
    return formErrorResponse(error, { payoutRequestId, values });
  }
  return redirect(`/admin/payouts?done=${intent === "pay" ? "paid" : "rejected"}`);
}
