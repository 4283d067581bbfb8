import { z } from "zod";
import { countIn, ZReason } from "../requests/request-input.ts";

/** A week: a longer outage is a different conversation with the parties than a grace period. */
export const OUTAGE_HOURS_MAX = 168;

export const ZDeclareOutageInput = z.object({
  reason: ZReason,
  startedAt: z.coerce.date({ error: "orders:errors.outage.startInvalid" }),
  hours: countIn(OUTAGE_HOURS_MAX, "orders:errors.outage.hoursInvalid"),
});
/** As a form posts it (strings) or the API sends it. */
export type DeclareOutageInput = { reason: string; startedAt: Date | string; hours: number | string };
