import type { z } from "zod";
import { gigError } from "./text-schemas.ts";

/** Field names of one text in Urdu and in English, in that order. */
type Pair = readonly [ur: string, en: string];

interface LanguageRule {
  /** The name, title or question: what makes a language count. */
  head: Pair;
  /** The description or answer that goes with it. */
  body: Pair;
  /** The body may be left out in a language that has its head (an extra's details). */
  bodyOptional?: boolean;
  oneLanguage: string;
  headMissing: string;
  bodyMissing: string;
}

const filled = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";

/**
 * A text written in Urdu, English or both: at least one language, and in each language the head
 * and body together (a reader falls back to the other language as a whole). Issues name the
 * field to fill, so the form shows them where they belong; it runs even when other fields
 * failed (the value may then be anything).
 */
export function requireLanguages(rule: LanguageRule) {
  return (value: unknown, ctx: z.RefinementCtx): void => {
    if (typeof value !== "object" || value === null) return;
    const fields = value as Record<string, unknown>;
    let complete = 0;
    let any = false;
    for (const index of [0, 1] as const) {
      const head = rule.head[index];
      const body = rule.body[index];
      const hasHead = filled(fields[head]);
      const hasBody = filled(fields[body]);
      any ||= hasHead || hasBody;
      if (hasHead && (hasBody || rule.bodyOptional)) complete += 1;
      if (hasHead && !hasBody && !rule.bodyOptional) ctx.addIssue({ code: "custom", message: gigError(rule.bodyMissing), path: [body] });
      if (hasBody && !hasHead) ctx.addIssue({ code: "custom", message: gigError(rule.headMissing), path: [head] });
    }
    if (complete === 0 && !any) {
      for (const head of rule.head) ctx.addIssue({ code: "custom", message: gigError(rule.oneLanguage), path: [head] });
    }
  };
}
