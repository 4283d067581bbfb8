import { isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import { data } from "react-router";
import type { FormErrors } from "./form-errors.ts";

/**
 * Turns a domain AppError into the action's response: the payload (which form, the values to
 * keep) plus field errors, with the matching HTTP status, so no user input ever becomes a 500.
 * Anything else is a real bug and is rethrown to the error boundary.
 */
export function formErrorResponse<Payload extends object>(error: unknown, payload: Payload) {
  if (!isAppError(error)) throw error;
  const fields = error.fields ?? {};
  const hasFields = Object.keys(fields).length > 0;
  const errors: FormErrors = {
    fields,
    form: hasFields ? { key: "account:formErrorSummary" } : { key: error.messageKey, params: error.params },
  };
  return data({ ...payload, errors }, { status: HTTP_STATUS[error.code] });
}
