import { normaliseNumberText } from "@hunar/gigs/text-rules";
import type { FeeScheduleInput } from "@hunar/payments/fees/fee-schedule";
import type { Message } from "#app/utils/form-errors.ts";
import { textField } from "#app/utils/form-data.ts";
import { parsePercentToBps } from "./amount.ts";

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

/** Pakistan has no daylight saving time: its wall clock is always UTC+5. */
const PAKISTAN_OFFSET = "+05:00";

function rupeesToPaisa(text: string): number | null {
  const normalised = normaliseNumberText(text);
  return /^\d{1,9}$/.test(normalised) ? Number(normalised) * 100 : null;
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
  const minimumFee = rupeesToPaisa(values.minimumFeePaisa);
  const payoutMinimum = rupeesToPaisa(values.payoutMinimumPaisa);
  if (minimumFee === null) fields.minimumFeePaisa = { key: "wallet:errors.amountWholeRupees" };
  if (payoutMinimum === null) fields.payoutMinimumPaisa = { key: "wallet:errors.amountWholeRupees" };
  let effectiveFrom: Date | undefined;
  if (values.effectiveFrom.trim() !== "") {
    const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(values.effectiveFrom.trim());
    effectiveFrom = local ? new Date(`${values.effectiveFrom.trim()}:00${PAKISTAN_OFFSET}`) : new Date(Number.NaN);
    if (Number.isNaN(effectiveFrom.getTime())) fields.effectiveFrom = { key: "wallet:errors.dateInvalid" };
  }
  if (!freelancer.ok || !client.ok || minimumFee === null || payoutMinimum === null || fields.effectiveFrom)
    return { values, input: null, fields };
  return {
    values,
    fields,
    input: {
      freelancerFeeBps: freelancer.value,
      clientFeeBps: client.value,
      minimumFeePaisa: minimumFee,
      clearanceDays: values.clearanceDays,
      payoutMinimumPaisa: payoutMinimum,
      effectiveFrom,
      reason: values.reason,
    },
  };
}
