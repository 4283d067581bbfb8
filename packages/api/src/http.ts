import { readCookie } from "@hunar/auth/cookie";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@hunar/db/errors";
import { LOCALE_COOKIE } from "@hunar/i18n/config";
import { negotiateLocale } from "@hunar/i18n/negotiate";
import { createT } from "@hunar/i18n/translate";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { type CreateContextOptions, createContext } from "./context.ts";
import { consoleLogger } from "./logger.ts";
import { appRouter } from "./root.ts";

export const TRPC_ENDPOINT = "/api/trpc";

/**
 * The largest tRPC request body that is read. Inputs are JSON: a batch of calls carrying the
 * longest texts any procedure takes (10,000 characters) fits many times over.
 */
export const TRPC_MAX_BODY_BYTES = 1024 * 1024;

/** The message of a request refused for its size, wherever it was refused. */
export const REQUEST_TOO_LARGE_KEY = "errors:requestTooLarge";

/** What says which language a refusal is written in, when there is no context to ask. */
export interface LanguageSignals {
  cookie: string | null | undefined;
  acceptLanguage: string | null | undefined;
}

/**
 * The body of the 413 for a tRPC request over TRPC_MAX_BODY_BYTES: a tRPC error like every other
 * (superjson-wrapped, the error formatter's fields), in the caller's language and with its key.
 */
export function trpcPayloadTooLargeBody(signals: LanguageSignals): string {
  const locale = negotiateLocale({ cookie: readCookie(signals.cookie, LOCALE_COOKIE), acceptLanguage: signals.acceptLanguage });
  const shape = {
    message: createT(locale)(REQUEST_TOO_LARGE_KEY),
    code: TRPC_ERROR_CODES_BY_KEY.PAYLOAD_TOO_LARGE,
    data: {
      code: "PAYLOAD_TOO_LARGE",
      httpStatus: 413,
      appCode: "BAD_INPUT",
      fieldErrors: null,
      messageKey: REQUEST_TOO_LARGE_KEY,
    },
  };
  return JSON.stringify({ error: superjson.serialize(shape) });
}

function payloadTooLarge(request: Request): Response {
  const body = trpcPayloadTooLargeBody({ cookie: request.headers.get("cookie"), acceptLanguage: request.headers.get("accept-language") });
  return new Response(body, { status: 413, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

/**
 * The request with its body read (tRPC reads it whole anyway), or null once it is over `limit`:
 * a declared length over it is refused unread, an undeclared one as the byte too many arrives.
 */
async function withBoundedBody(request: Request, limit: number): Promise<Request | null> {
  if (request.body === null) return request;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await request.body.cancel().catch(() => undefined);
    return null;
  }
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch (error) {
    // A body that broke off (the caller went away) fails inside tRPC as it always did.
    const broken = new ReadableStream<Uint8Array>({ start: (controller) => controller.error(error) });
    // Node's Request needs `duplex` for a stream body; the DOM types do not know it.
    const init: RequestInit & { duplex: "half" } = { body: broken, duplex: "half" };
    return new Request(request, init);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request, { body });
}

/**
 * Headers beside tRPC's own, for every place tRPC is mounted: the error formatter answers an
 * unreachable database with 503, and callers are told when to retry.
 */
export function trpcResponseMeta({ errors }: { errors: readonly { cause?: unknown }[] }): { headers?: Record<string, string> } {
  return errors.some((error) => isDatabaseUnavailable(error.cause ?? error))
    ? { headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } }
    : {};
}

export type TrpcHandlerOptions = Omit<CreateContextOptions, "req" | "resHeaders"> & { ip: string };

/** Answers a fetch `Request` for `/api/trpc/*`; a body over TRPC_MAX_BODY_BYTES is a 413. */
export async function handleTrpcRequest(request: Request, opts: TrpcHandlerOptions): Promise<Response> {
  const { ip, ...rest } = opts;
  const logger = opts.logger ?? consoleLogger;
  const bounded = await withBoundedBody(request, TRPC_MAX_BODY_BYTES);
  if (bounded === null) return payloadTooLarge(request);
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: bounded,
    router: appRouter,
    // Procedure failures are logged by the procedures' middleware; a context that cannot be
    // built (database down) never reaches it, so it is logged here.
    createContext: ({ req, resHeaders }) =>
      createContext({ ...rest, req: { headers: req.headers, ip }, resHeaders }).catch((error: unknown) => {
        logger.error({ err: error }, "tRPC context failed");
        throw error;
      }),
    responseMeta: trpcResponseMeta,
  });
}
