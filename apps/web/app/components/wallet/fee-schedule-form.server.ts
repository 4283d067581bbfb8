import { parseRupees } from "@hunar/core/money";
import type { FeeScheduleInput } from "@hunar/payments/fees/fee-schedule";
import type { Message } from "#app/utils/form-errors.ts";
import { textField } from "#app/utils/form-data.ts";
import { pakistanDateTime } from "#app/utils/pakistan-time.ts";
import { parsePercentToBps } from "./percent.ts";

export const FEE_FIELDS = [
  "freelancerFeeBps",
  "clientFeeBps",
  "minimumFeePaisa",
  "clearanceDays",
  "payoutMinimumPaisa",
  "effectiveFrom",
  "reason",
] as const;
export type FeeFormValues = Record<(typeof FEE_FIELDS)[number], string>;

/** A fee floor or payout minimum: whole rupees, zero allowed; the domain checks the range. */
function minimumRupees(text: string) {
  return parseRupees(text, { wholeRupees: true, allowZero: true });
}

/**
 * The admin types percentages, rupees and a Pakistan-time date; the domain takes basis points,
 * paisa and an instant. Text that cannot be converted is a field error under the domain's field
 * name, so all errors show on the same inputs.
 */
export function readFeeScheduleForm(form: FormData): {
  values: FeeFormValues;
  input: FeeScheduleInput | null;
  fields: Record<string, Message>;
} {
  const values = Object.fromEntries(FEE_FIELDS.map((name) => [name, textField(form, name)])) as FeeFormValues;
  const fields: Record<string, Message> = {};
  const freelancer = parsePercentToBps(values.freelancerFeeBps);
  const client = parsePercentToBps(values.clientFeeBps);
  if (!freelancer.ok) fields.freelancerFeeBps = freelancer.error;
  if (!client.ok) fields.clientFeeBps = client.error;
  const minimumFee = minimumRupees(values.minimumFeePaisa);
  const payoutMinimum = minimumRupees(values.payoutMinimumPaisa);
  if (!minimumFee.ok) fields.minimumFeePaisa = minimumFee.error;
  if (!payoutMinimum.ok) fields.payoutMinimumPaisa = payoutMinimum.error;
  let effectiveFrom: Date | undefined;
  if (values.effectiveFrom.trim() !== "") {
    const instant = pakistanDateTime(values.effectiveFrom);
    effectiveFrom = instant ? new Date(instant) : new Date(Number.NaN);
    if (Number.isNaN(effectiveFrom.getTime())) fields.effectiveFrom = { key: "wallet:errors.dateInvalid" };
  }
  if (!freelancer.ok || !client.ok || !minimumFee.ok || !payoutMinimum.ok || fields.effectiveFrom) return { values, input: null, fields };
  return {
    values,
    fields,
    input: {
      freelancerFeeBps: freelancer.value,
      clientFeeBps: client.value,
      minimumFeePaisa: Number(minimumFee.paisa),
      clearanceDays: values.clearanceDays,
      payoutMinimumPaisa: Number(payoutMinimum.paisa),
      effectiveFrom,
      reason: values.reason,
    },
  };
}
