import type { FormErrors } from "#app/utils/form-errors.ts";

/** What a dispute action answers when it cannot accept a form (dispute-actions.server.ts). */
export interface DisputeActionResult {
  intent: string;
  values: Record<string, string>;
  errors: FormErrors;
}

/** The result if `intent`'s form sent it, so each form shows only its own errors and values. */
export function resultFor(result: unknown, intent: string): DisputeActionResult | null {
  return typeof result === "object" && result !== null && (result as { intent?: unknown }).intent === intent
    ? (result as DisputeActionResult)
    : null;
}
