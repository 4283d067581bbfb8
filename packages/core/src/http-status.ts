import type { AppErrorCode } from "./app-error.ts";

/** The HTTP status for each domain error code, shared by route actions and tRPC. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
};
