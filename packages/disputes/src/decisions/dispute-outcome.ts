import type { DisputeResolution } from "@hunar/db/types";
import { disputeError } from "../dispute-errors.ts";

export interface Split {
  freelancerPaisa: number;
  clientPaisa: number;
}

/** What a split amounts to: all to the freelancer, all back to the client, or something to each. */
export function resolutionOf(split: Split): DisputeResolution {
  if (split.clientPaisa === 0) return "RELEASE";
  if (split.freelancerPaisa === 0) return "REFUND";
  return "SPLIT";
}

/**
 * The split an outcome names, checked against the escrow under dispute: RELEASE and REFUND take
 * all of it one way (amounts, if sent, must say the same), a SPLIT gives each side a part and the
 * two add up to the escrow exactly. Anything else is BAD_INPUT on the amount fields.
 */
export function splitFor(
  resolution: DisputeResolution,
  escrowPaisa: number,
  amounts: { freelancerPaisa?: number | undefined; clientPaisa?: number | undefined },
): Split {
  const split =
    resolution === "RELEASE"
      ? { freelancerPaisa: escrowPaisa, clientPaisa: 0 }
      : resolution === "REFUND"
        ? { freelancerPaisa: 0, clientPaisa: escrowPaisa }
        : { freelancerPaisa: amounts.freelancerPaisa ?? -1, clientPaisa: amounts.clientPaisa ?? -1 };
  if (resolution === "SPLIT") {
    if (split.freelancerPaisa <= 0 || split.clientPaisa <= 0) throw disputeError("BAD_INPUT", "split.bothSides", "freelancerPaisa");
  } else {
    const sent = amounts.freelancerPaisa !== undefined || amounts.clientPaisa !== undefined;
    if (sent && (amounts.freelancerPaisa !== split.freelancerPaisa || amounts.clientPaisa !== split.clientPaisa)) {
      throw disputeError("BAD_INPUT", "split.mismatch", "freelancerPaisa");
    }
  }
  assertAddsUp(split, escrowPaisa);
  return split;
}

/** A proposal's or a decision's two amounts: none negative, together exactly the escrow. */
export function assertAddsUp(split: Split, escrowPaisa: number): void {
  if (split.freelancerPaisa < 0 || split.clientPaisa < 0) throw disputeError("BAD_INPUT", "amountNegative", "freelancerPaisa");
  if (split.freelancerPaisa + split.clientPaisa !== escrowPaisa) {
    throw disputeError("BAD_INPUT", "split.mismatch", "freelancerPaisa");
  }
}
