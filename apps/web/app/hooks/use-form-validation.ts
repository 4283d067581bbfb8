import { useEffect, useState, type FormEvent } from "react";
import type { Message } from "#app/utils/form-errors.ts";

/** Checks a form in the browser and returns its field errors as i18n messages (none = valid). */
export type ValidateForm = (form: HTMLFormElement) => Record<string, Message>;

type Checked = Record<string, Message | null>;

/**
 * Inline validation layered over a form that already works without JavaScript.
 *
 * Before hydration the browser's own constraints (required, type=email, minlength) and the
 * server's answer do the job. Once hydrated, the form switches those bubbles off (`noValidate`,
 * since the browser would speak its own language) and checks the fields on submit with the same
 * schema the server uses, showing the same localised messages; a field showing an error is
 * rechecked as it changes. Nothing is checked on blur: an error appearing when the pointer goes
 * down on the submit button moves the button away before the click lands, and the click is lost.
 * A new answer from the server replaces whatever was checked in the browser.
 */
export function useFormValidation(validate: ValidateForm, serverErrors: Record<string, Message> | undefined) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const [state, setState] = useState<{ server: typeof serverErrors; checked: Checked }>({
    server: serverErrors,
    checked: {},
  });
  let checked = state.checked;
  if (state.server !== serverErrors) {
    checked = {};
    setState({ server: serverErrors, checked });
  }

  function errorFor(name: string): Message | undefined {
    if (name in checked) return checked[name] ?? undefined;
    return serverErrors?.[name];
  }

  function recheck(form: HTMLFormElement, name: string) {
    const errors = validate(form);
    setState((previous) => ({ ...previous, checked: { ...previous.checked, [name]: errors[name] ?? null } }));
  }

  /** A field showing an error is rechecked as it changes, so the error goes as soon as it is fixed. */
  function onChange(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as Partial<HTMLInputElement>).name;
    if (name && errorFor(name) !== undefined) recheck(event.currentTarget, name);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const errors = validate(form);
    const invalid = fieldNames(form).filter((name) => errors[name]);
    if (invalid.length === 0) return;
    event.preventDefault();
    setState((previous) => ({
      ...previous,
      checked: Object.fromEntries(fieldNames(form).map((name) => [name, errors[name] ?? null])),
    }));
    focusField(form, invalid[0]);
  }

  return { formProps: { noValidate: hydrated, onChange, onSubmit }, errorFor };
}

function fieldNames(form: HTMLFormElement): string[] {
  const names = new Set<string>();
  for (const element of Array.from(form.elements)) {
    const name = (element as Partial<HTMLInputElement>).name;
    if (name && (element as HTMLInputElement).type !== "hidden") names.add(name);
  }
  return [...names];
}

function focusField(form: HTMLFormElement, name: string | undefined) {
  if (!name) return;
  const item = form.elements.namedItem(name);
  const target = item instanceof RadioNodeList ? item[0] : item;
  if (target instanceof HTMLElement) target.focus();
}
