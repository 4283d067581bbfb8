import { z } from "zod";
import { ZText } from "../input-shapes.ts";

/** A number as a client sends it, or form text ("5,000", "۵۰۰۰"); the domain reads and judges it. */
const ZNumberText = z.union([z.number(), z.string().max(50)], { error: "errors:invalid" });

const ZMilestone = z.object({ title: ZText, amountRupees: ZNumberText, dueDays: ZNumberText }, { error: "errors:invalid" });

/** The shape of the terms proposals and offers share; bounded so a request cannot be made huge. */
export const ZWorkTerms = {
  priceRupees: ZNumberText,
  deliveryDays: ZNumberText,
  milestones: z.array(ZMilestone, { error: "errors:invalid" }).max(20, { error: "errors:invalid" }).nullish(),
};

export { ZNumberText };
