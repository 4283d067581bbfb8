import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { type CreateContextOptions, createContext } from "./context.ts";
import { consoleLogger } from "./logger.ts";
import { appRouter } from "./root.ts";

export const TRPC_ENDPOINT = "/api/trpc";

export type TrpcHandlerOptions = Omit<CreateContextOptions, "req" | "resHeaders"> & { ip: string };

/** Answers a fetch `Request` for `/api/trpc/*`. */
export function handleTrpcRequest(request: Request, opts: TrpcHandlerOptions): Promise<Response> {
  const { ip, ...rest } = opts;
  const logger = opts.logger ?? consoleLogger;
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    // Procedure failures are logged by the procedures' middleware; a context that cannot be
    // built (database down) never reaches it, so it is logged here.
    createContext: ({ req, resHeaders }) =>
      createContext({ ...rest, req: { headers: req.headers, ip }, resHeaders }).catch((error: unknown) => {
        logger.error({ err: error }, "tRPC context failed");
        throw error;
      }),
  });
}
