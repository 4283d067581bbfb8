import { Transform, type TransformCallback } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@hunar/db/errors";
import { isbot } from "isbot";
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from "react-dom/server";
import { type AppLoadContext, type EntryContext, type HandleErrorFunction, isRouteErrorResponse, ServerRouter } from "react-router";
import { NonceContext } from "./utils/nonce.tsx";

export const streamTimeout = 5_000;

/**
 * React writes its HTML in 2 KB pieces and calls `flush()` when a batch is complete. React Router
 * flushes the response after every piece it is handed, which through compression means a gzip
 * sync block and a socket write per 2 KB. Passing React's batches on whole keeps the streaming
 * (each batch leaves as soon as React finishes it) without the tiny writes.
 */
class ReactBatches extends Transform {
  #pieces: Buffer[] = [];

  override _transform(piece: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.#pieces.push(piece);
    callback();
  }

  /** Called by React's renderer at the end of each batch. */
  flush() {
    if (this.#pieces.length === 0) return;
    this.push(this.#pieces.length === 1 ? this.#pieces[0] : Buffer.concat(this.#pieces));
    this.#pieces = [];
  }

  override _flush(callback: TransformCallback) {
    this.flush();
    callback();
  }
}

/** The status an error says it is (an HTTP error, or a request body cut at its limit: 413). */
function statusOf(error: unknown): number | null {
  if (isRouteErrorResponse(error)) return error.status;
  for (let cause = error, depth = 0; typeof cause === "object" && cause !== null && depth < 5; depth += 1) {
    const status = (cause as { status?: unknown }).status;
    if (typeof status === "number") return status;
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * What React Router would print to stderr goes to the request's JSON log instead. Its own
 * refusals (405 for an OPTIONS request or a POST to a page without an action, 404 for a path no
 * route matches) and bodies cut at their limit are the client's doing and already in the
 * request's log line with their status, as is a request the browser gave up on: none is logged
 * again. Anything else is our fault: one error line, with the stack.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) withDatabaseDown.add(context as object);
  const status = statusOf(error);
  if (status !== null && status >= 400 && status < 500) return;
  // React Router wraps its own failures in an error response that carries the real error.
  const cause = isRouteErrorResponse(error) ? ((error as { error?: unknown }).error ?? error) : error;
  const { log } = context as AppLoadContext;
  log.error({ err: cause, method: request.method, path: new URL(request.url).pathname }, "page request failed");
};

/** Requests (by load context) whose page failed because the database was unreachable: 503, not 500. */
const withDatabaseDown = new WeakSet<object>();

/** The answer to a client-side navigation's data request: the same 503 as a page during an outage. */
export function handleDataRequest(response: Response, { context }: { context: unknown }): Response {
  if (response.status !== 500 || !withDatabaseDown.has(context as object)) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  return new Response(response.body, { status: 503, statusText: "Service Unavailable", headers });
}

// React Router's default Node entry, plus the CSP nonce: only scripts carrying the per-request
// nonce run, so every inline and module script React Router writes gets it.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  if (responseStatusCode === 500 && withDatabaseDown.has(loadContext)) {
    // A temporary outage, not a broken page: clients, proxies and crawlers are told to retry shortly.
    responseStatusCode = 503;
    responseHeaders.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  }
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const nonce = loadContext.cspNonce;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    // Crawlers and SPA mode get the whole document at once; people get the shell as soon as it is ready.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);

    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new ReactBatches({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          pipe(body);
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
        },
        onShellError(error: unknown) {
          reject(error instanceof Error ? error : new Error(String(error)));
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell is ready reject above and are logged by React Router.
          if (shellRendered) loadContext.log.error({ err: error }, "streaming render failed");
        },
      },
    );
  });
}
