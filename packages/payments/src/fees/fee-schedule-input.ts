import { z } from "zod";

const KEY = "payments:errors.fees";

// Forms post strings; the API posts numbers. Whole-number strings become numbers, anything else
// is left for the schema to refuse (so "" or "5.5" is an error, never a silent 0).
const wholeNumber = (value: unknown) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value);
const blankAsUnset = (value: unknown) => (value === "" || value === null ? undefined : value);

const intIn = (min: number, max: number, key: string) =>
  z.preprocess(
    wholeNumber,
    z
      .number({ error: `${KEY}.${key}` })
      .int(`${KEY}.${key}`)
      .min(min, `${KEY}.${key}`)
      .max(max, `${KEY}.${key}`),
  );

export const ZFeeScheduleInput = z.object({
  freelancerFeeBps: intIn(0, 10_000, "bpsRange"),
  clientFeeBps: intIn(0, 10_000, "bpsRange"),
  // Up to Rs 100,000: a floor above that would be a typo, not a policy.
  minimumFeePaisa: intIn(0, 10_000_000, "minimumFee"),
  clearanceDays: intIn(0, 90, "clearanceDays"),
  payoutMinimumPaisa: intIn(0, 100_000_000, "payoutMinimum"),
  effectiveFrom: z.preprocess(blankAsUnset, z.coerce.date({ error: `${KEY}.effectiveFromPast` }).optional()),
  reason: z
    .string({ error: `${KEY}.reasonRequired` })
    .trim()
    .min(10, `${KEY}.reasonRequired`)
    .max(500, `${KEY}.reasonTooLong`),
});

export type FeeScheduleInput = z.input<typeof ZFeeScheduleInput>;
export type ParsedFeeScheduleInput = z.output<typeof ZFeeScheduleInput>;
