import { z } from "zod";

/*
 * The shapes procedures check before the domain sees an input. Procedures check only shape:
 * every value (lengths, ranges, states, who may act) is the domain's to judge, in its own
 * words. Control characters in any string are refused for every procedure in trpc.ts.
 */

/** Any record's id: a non-empty string of a bounded length. */
export const ZId = z.string({ error: "errors:required" }).min(1, { error: "errors:required" }).max(200, { error: "errors:invalid" });

/** Free text, bounded only so a request cannot be made huge; the domain has the real limits. */
export const ZText = z.string({ error: "errors:invalid" }).max(10_000, { error: "errors:invalid" });
