import { isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import { data } from "react-router";

/**
 * For loaders: a domain error about the page itself (not found, not yours) becomes that HTTP
 * status and the localised error page. Anything else is a bug and goes on as a 500.
 */
export function pageError(error: unknown): never {
  if (isAppError(error)) throw data({ messageKey: error.messageKey }, { status: HTTP_STATUS[error.code] });
  throw error;
}

/** Runs a domain call for a loader, turning its AppErrors into error pages. */
export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    pageError(error);
  }
}
