import { type AppErrorCode, type AppError, isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import { isDatabaseUnavailable } from "@hunar/db/errors";
import { fieldErrorsFromIssues, type SchemaIssue } from "@hunar/core/parse-input";
import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

/** The request context could not be built (e.g. the database is down); knows the request's language. */
export class ContextError extends Error {
  constructor(
    readonly locale: Locale,
    cause: unknown,
  ) {
    super("Could not create the request context", { cause });
    this.name = "ContextError";
  }
}

/** The language to answer in when there is no context: the one a failed context worked out. */
export function localeOfError(error: unknown): Locale | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  return cause instanceof ContextError ? cause.locale : null;
}

/** How each domain error code travels over tRPC (HTTP statuses match @hunar/core's table). */
export const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
}

/** The AppError behind an error, whether thrown directly or wrapped by tRPC. */
export function appErrorOf(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof TRPCError && isAppError(error.cause)) return error.cause;
  return null;
}

function schemaIssuesOf(error: unknown): readonly SchemaIssue[] | null {
  if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") return null;
  const issues = (error.cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as SchemaIssue[]) : null;
}

// tRPC's own errors (unknown procedure, malformed request...) get a generic message per code.
const GENERIC: Partial<Record<TRPC_ERROR_CODE_KEY, { key: string; appCode: AppErrorCode }>> = {
  BAD_REQUEST: { key: "errors:invalid", appCode: "BAD_INPUT" },
  PARSE_ERROR: { key: "errors:invalid", appCode: "BAD_INPUT" },
  METHOD_NOT_SUPPORTED: { key: "errors:invalid", appCode: "BAD_INPUT" },
  PAYLOAD_TOO_LARGE: { key: "errors:invalid", appCode: "BAD_INPUT" },
  UNAUTHORIZED: { key: "errors:unauthenticated", appCode: "UNAUTHENTICATED" },
  FORBIDDEN: { key: "errors:forbidden", appCode: "FORBIDDEN" },
  NOT_FOUND: { key: "errors:notFound", appCode: "NOT_FOUND" },
  CONFLICT: { key: "errors:conflict", appCode: "CONFLICT" },
};

export interface DescribedError {
  status: number;
  trpcCode: TRPC_ERROR_CODE_KEY;
  appCode: AppErrorCode | "INTERNAL";
  /** Localised, safe to show. */
  message: string;
  /** Localised messages keyed by form field, or null. */
  fieldErrors: Record<string, string> | null;
}

/**
 * What the user may learn about an error, in their language. Only AppErrors and tRPC's own
 * request errors say anything specific; everything else is a generic "something went wrong".
 */
export function describeError(error: unknown, locale: Locale): DescribedError {
  const t = createT(locale);
  const appError = appErrorOf(error);
  if (appError) {
    const fields = appError.fields;
    return {
      status: HTTP_STATUS[appError.code],
      trpcCode: TRPC_CODE[appError.code],
      appCode: appError.code,
      message: t(appError.messageKey, appError.params ?? {}),
      fieldErrors: fields ? Object.fromEntries(Object.entries(fields).map(([field, e]) => [field, t(e.key, e.params ?? {})])) : null,
    };
  }
  const issues = schemaIssuesOf(error);
  if (issues) {
    const fields = fieldErrorsFromIssues(issues);
    return {
      status: 400,
      trpcCode: "BAD_REQUEST",
      appCode: "BAD_INPUT",
      message: t("errors:badInput"),
      fieldErrors: Object.fromEntries(Object.entries(fields).map(([field, e]) => [field, t(e.key, e.params ?? {})])),
    };
  }
  const status = error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500;
  // Any other client-side (4xx) problem with the request: say it was not valid, keep its status.
  const generic =
    error instanceof TRPCError
      ? (GENERIC[error.code] ?? (status < 500 ? { key: "errors:invalid", appCode: "BAD_INPUT" as const } : undefined))
      : undefined;
  if (error instanceof TRPCError && generic) {
    return {
      status,
      trpcCode: error.code,
      appCode: generic.appCode,
      message: t(generic.key),
      fieldErrors: null,
    };
  }
  // The database is unreachable (restarting, a network cut): temporary, so 503, worded as any other failure.
  if (isDatabaseUnavailable(error)) {
    return { status: 503, trpcCode: "SERVICE_UNAVAILABLE", appCode: "INTERNAL", message: t("errors:internal"), fieldErrors: null };
  }
  return {
    status: 500,
    trpcCode: "INTERNAL_SERVER_ERROR",
    appCode: "INTERNAL",
    message: t("errors:internal"),
    fieldErrors: null,
  };
}
