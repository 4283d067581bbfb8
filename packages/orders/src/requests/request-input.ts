import { AppError } from "@hunar/core/app-error";
import { validateInput } from "@hunar/core/parse-input";
import { z } from "zod";
import { ZId } from "@hunar/payments/funding/funding-input";
import { orderNotFound } from "../order-role.ts";

/** The longest extension one request may ask for; more is a new order, not a delay. */
export const EXTENSION_DAYS_MAX = 30;
export const REQUEST_REASON_MAX = 500;

// Forms post strings, the API numbers: a whole-number string becomes a number, anything else is
// left for the check to refuse (so "" or "2.5" is an error, never a silent 0).
export const wholeNumber = (value: unknown) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value);

/** A whole number in [1, max]; every way of missing it gets the one message naming the range. */
export const countIn = (max: number, key: string) =>
  z.preprocess(
    wholeNumber,
    z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max, {
      message: key,
      params: { max },
    }),
  );

export const ZReason = z
  .string({ error: "orders:errors.reasonRequired" })
  .trim()
  .min(1, "orders:errors.reasonRequired")
  .max(REQUEST_REASON_MAX, "orders:errors.reasonTooLong");

export const ZRequestExtensionInput = z.object({
  orderId: ZId,
  days: countIn(EXTENSION_DAYS_MAX, "orders:errors.extension.daysInvalid"),
  reason: ZReason,
});
/** Days as typed into a form or sent as a number. */
export type RequestExtensionInput = { orderId: string; days: number | string; reason: string };

export const ZRequestCancellationInput = z.object({ orderId: ZId, reason: ZReason });
export type RequestCancellationInput = z.input<typeof ZRequestCancellationInput>;

// The order page names its order too: a request of another order posted from it is not found.
const onOrder = { requestId: ZId, orderId: ZId.optional() };

export const ZAnswerRequestInput = z.object({ ...onOrder, accept: z.boolean({ error: "errors:invalid" }) });
export type AnswerRequestInput = z.input<typeof ZAnswerRequestInput>;

export const ZWithdrawRequestInput = z.object(onOrder);
export type WithdrawRequestInput = z.input<typeof ZWithdrawRequestInput>;

/**
 * Parses a request's input. An id that cannot be one is the order not being there (nobody types
 * ids); otherwise the error names the first bad field, so a form shows why in one line.
 */
export function parseRequestInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = validateInput(schema, raw);
  if (result.ok) return result.data;
  if (result.fields.orderId || result.fields.requestId) throw orderNotFound();
  const first = Object.values(result.fields)[0];
  throw new AppError("BAD_INPUT", first?.key ?? "errors:badInput", {
    fields: result.fields,
    ...(first?.params ? { params: first.params } : {}),
  });
}
