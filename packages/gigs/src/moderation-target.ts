import { z } from "zod";
import { gigError } from "./text-schemas.ts";

const id = z
  .string({ error: gigError("invalid") })
  .min(1, { error: gigError("invalid") })
  .max(64, { error: gigError("invalid") });

/** What a moderation decision is about: a new submission, an edit of a published gig, or a report. */
export const ZModerationTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("SUBMISSION"), gigId: id }),
    z.object({ kind: z.literal("REVISION"), revisionId: id }),
    z.object({ kind: z.literal("REPORT"), reportId: id }),
  ],
  { error: gigError("invalid") },
);

export type ModerationTarget = z.output<typeof ZModerationTarget>;
export type ModerationDecision = "approve" | "reject" | "requestChanges";
