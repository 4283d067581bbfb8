import { createContext } from "@hunar/api/context";
import { appRouter } from "@hunar/api/root";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { AppServices } from "./services.ts";

/** tRPC at /api/trpc: context from the session cookie, logs through the request's logger. */
export function trpcMiddleware(services: AppServices) {
  return createExpressMiddleware({
    router: appRouter,
    createContext: ({ req, res }) =>
      createContext({
        db: services.db,
        realtime: services.realtime,
        limiter: services.limiter,
        req: { headers: req.headers, ip: req.ip ?? req.socket.remoteAddress ?? "" },
        resHeaders: { append: (name, value) => void res.append(name, value) },
        allowedOrigins: services.allowedOrigins(),
        logger: res.locals.log,
        ...(services.passwordHashing ? { passwordHashing: services.passwordHashing } : {}),
      }),
  });
}
