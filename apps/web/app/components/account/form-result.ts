import type { FormErrors } from "#app/utils/form-errors.ts";

/** What the account action answered for one of the page's forms. */
export interface FormResult {
  done?: boolean;
  errors?: FormErrors;
  values?: Record<string, string>;
}
