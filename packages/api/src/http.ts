import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { type CreateContextOptions, createContext } from "./context.ts";
import { appRouter } from "./root.ts";

export const TRPC_ENDPOINT = "/api/trpc";

export type TrpcHandlerOptions = Omit<CreateContextOptions, "req" | "resHeaders"> & { ip: string };

/** Answers a fetch `Request` for `/api/trpc/*`. */
export function handleTrpcRequest(request: Request, opts: TrpcHandlerOptions): Promise<Response> {
  const { ip, ...rest } = opts;
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createContext({ ...rest, req: { headers: req.headers, ip }, resHeaders }),
  });
}
