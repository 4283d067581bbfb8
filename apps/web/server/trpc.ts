import { createContext } from "@hunar/api/context";
import { TRPC_MAX_BODY_BYTES, trpcResponseMeta } from "@hunar/api/http";
import { appRouter } from "@hunar/api/root";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { AppServices } from "./services.ts";

/**
 * tRPC at /api/trpc: context from the session cookie, logs through the request's logger. Bodies
 * arrive already checked against TRPC_MAX_BODY_BYTES (body-limit.ts, with a localised 413);
 * tRPC's own limit is the same, for this middleware mounted anywhere else.
 */
export function trpcMiddleware(services: AppServices) {
  return createExpressMiddleware({
    router: appRouter,
    maxBodySize: TRPC_MAX_BODY_BYTES,
    responseMeta: trpcResponseMeta,
    createContext: ({ req, res }) =>
      createContext({
        db: services.db,
        realtime: services.realtime,
        limiter: services.limiter,
        accountMail: services.accountMail,
        req: { headers: req.headers, ip: req.ip ?? req.socket.remoteAddress ?? "" },
        resHeaders: { append: (name, value) => void res.append(name, value) },
        allowedOrigins: services.allowedOrigins(),
        logger: res.locals.log,
        ...(services.passwordHashing ? { passwordHashing: services.passwordHashing } : {}),
      }),
  });
}
