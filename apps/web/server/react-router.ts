import { chatAttachmentStorage } from "@hunar/chat/attachments/default-storage";
import { gigImageStorage } from "@hunar/gigs/images/default-storage";
import { createRequestHandler } from "@react-router/express";
import type { Request, RequestHandler, Response } from "express";
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
    accountMail: services.accountMail,
    ...(services.passwordHashing ? { passwordHashing: services.passwordHashing } : {}),
    realtime: {
      disconnectSession: (sessionId) => services.realtime.disconnectSession(sessionId),
      disconnectUser: (userId) => services.realtime.disconnectUser(userId),
      publishUnreadNotifications: (userId, event) => services.realtime.publishUnreadNotifications(userId, event),
    },
    log: res.locals.log,
    imageStorage: gigImageStorage(),
    chat: { publisher: services.realtime.chat, limiter: services.realtime.messageLimiter, attachmentStorage: chatAttachmentStorage() },
  };
}

type ServerBuild = Parameters<typeof createRequestHandler>[0]["build"];

/**
 * The route modules. Development imports them per request so edits show up; everywhere else
 * they are loaded once at startup, so the first visitor does not wait for them and a rebuild of
 * the build folder cannot pull modules from under a running server.
 */
export async function loadServerBuild(development: boolean): Promise<ServerBuild> {
  const load = () => import("virtual:react-router/server-build");
  return development ? load : await load();
}

/**
 * React Router's Express handler. A page's URL is built from the Host header (or a trusted
 * proxy's X-Forwarded-Host); an HTTP/1.0 request may have neither, and names no site to answer
 * for, so it is a 400 (Node already refuses such an HTTP/1.1 request).
 */
export function reactRouterHandler(services: AppServices): RequestHandler {
  const handle = createRequestHandler({
    build: services.serverBuild,
    getLoadContext: (req, res) => loadContext(services, req, res),
    // "development" shows error details in the browser; everything else sanitises them.
    mode: services.env.NODE_ENV === "development" ? "development" : "production",
  });
  return (req, res, next) => {
    if (!req.hostname) {
      next(Object.assign(new Error("The request names no host"), { status: 400 }));
      return;
    }
    void handle(req, res, next);
  };
}
