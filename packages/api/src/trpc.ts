import { AppError } from "@hunar/core/app-error";
import { controlCharacterFields } from "@hunar/core/parse-input";
import { isAllowedOrigin } from "@hunar/auth/origin";
import { DEFAULT_LOCALE } from "@hunar/i18n/config";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context.ts";
import { appErrorOf, describeError, localeOfError, toTRPCError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const described = describeError(error, ctx?.locale ?? localeOfError(error) ?? DEFAULT_LOCALE);
    // Rebuilt rather than spread so nothing else (stack traces, internal messages) leaks out.
    return {
      message: described.message,
      code: shape.code,
      data: {
        code: described.trpcCode,
        httpStatus: described.status,
        path: shape.data.path,
        appCode: described.appCode,
        fieldErrors: described.fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/**
 * Domain code throws AppError; tRPC would report it as a 500. Turn it into the matching tRPC
 * error here, and log anything unexpected (the client only ever sees a generic message).
 */
const domainErrors = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (result.ok) return result;
  const appError = appErrorOf(result.error);
  if (appError) throw toTRPCError(appError);
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    ctx.logger.error({ err: result.error.cause ?? result.error, path, type }, "tRPC procedure failed");
  }
  return result;
});

/** CSRF: every mutation must come from one of our own pages. */
const sameOriginMutations = t.middleware(({ ctx, next, type }) => {
  if (type === "mutation" && !isAllowedOrigin(ctx.headers.get("origin"), ctx.allowedOrigins)) {
    throw new AppError("FORBIDDEN", "errors:originRejected");
  }
  return next();
});

/**
 * Control characters (U+0000 and the like) in any string of any input are refused here, once,
 * before a procedure's own schema or the domain sees them: PostgreSQL refuses NUL in a query, so
 * an id or a search holding one would otherwise be a 500. BAD_INPUT with the field of each.
 */
const noControlCharacters = t.middleware(async ({ getRawInput, next }) => {
  const fields = controlCharacterFields(await getRawInput());
  if (Object.keys(fields).length > 0) throw new AppError("BAD_INPUT", "errors:badInput", { fields });
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(sameOriginMutations).use(noControlCharacters);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.session) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
  return next({ ctx: { user: ctx.user, session: ctx.session } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
  return next();
});

export { TRPCError };
