import type { FieldError } from "@hunar/core/app-error";

/** An i18n key with its interpolation values, translated where it is shown. */
export type Message = FieldError;

/** What an action sends back when a form cannot be accepted. */
export interface FormErrors {
  fields: Record<string, Message>;
  /** A problem with the whole form (wrong password, rate limit), shown above it. */
  form?: Message;
}
