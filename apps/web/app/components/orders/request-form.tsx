import type { ReactNode } from "react";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";

/** What an action of the requests panel sent back (formErrorResponse's payload). */
export interface RequestActionResult {
  intent?: string;
  values?: Record<string, string | undefined>;
  errors?: FormErrors | null;
}

/** The result when it came from this form, else nothing: each form shows only its own errors. */
export function resultFor(result: RequestActionResult | undefined, intent: string): RequestActionResult | undefined {
  return result?.intent === intent ? result : undefined;
}

/**
 * A plain POST to the order page's action under `?intent=`, so it works before (or without)
 * JavaScript. The page shows an action's whole-form error above all panels; the fields of the
 * form that sent it show their own.
 */
export function RequestForm(props: {
  intent: string;
  result: RequestActionResult | undefined;
  children: ReactNode;
  hidden?: Record<string, string>;
}) {
  return (
    <Form method="post" action={`?intent=${props.intent}`} className="flex flex-col gap-3">
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
    </Form>
  );
}

/** The error of one field of this form, translated. */
export function useFieldError(result: RequestActionResult | undefined, intent: string) {
  const message = useMessage();
  return (name: string) => message(resultFor(result, intent)?.errors?.fields[name]);
}
