import { createRequestHandler } from "@react-router/express";
import type { Request, Response } from "express";
import type { AppLoadContext } from "react-router";
// Augments AppLoadContext with HunarLoadContext.
import "../app/load-context.ts";
import type { AppServices } from "./services.ts";

export function loadContext(services: AppServices, req: Request, res: Response): AppLoadContext {
  return {
    db: services.db,
    ip: req.ip ?? req.socket.remoteAddress ?? "",
    requestId: res.locals.requestId,
    allowedOrigins: services.allowedOrigins(),
    cspNonce: res.locals.cspNonce,
    limiter: services.limiter,
    ...(services.passwordHashing ? { passwordHashing: services.passwordHashing } : {}),
    realtime: {
      disconnectSession: (sessionId) => services.realtime.disconnectSession(sessionId),
      disconnectUser: (userId) => services.realtime.disconnectUser(userId),
    },
    log: res.locals.log,
  };
}

export function reactRouterHandler(services: AppServices) {
  return createRequestHandler({
    // A function, so that in development each request sees the latest route modules.
    build: () => import("virtual:react-router/server-build"),
    getLoadContext: (req, res) => loadContext(services, req, res),
    // "development" shows error details in the browser; everything else sanitises them.
    mode: services.env.NODE_ENV === "development" ? "development" : "production",
  });
}
