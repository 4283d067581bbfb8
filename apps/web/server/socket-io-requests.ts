import type { RequestHandler } from "express";

/**
 * socket.io (realtime.ts) answers every request under its path itself, on the same http.Server
 * and ahead of the app, but does not stop the app from seeing them too: Express would answer a
 * polling request socket.io had already refused, and log the failure twice. The app leaves those
 * requests to socket.io, first thing, so each is answered once and quietly. The path is matched
 * as socket.io's engine matches it (a prefix of the raw URL).
 */
export function leaveToSocketIo(path: string): RequestHandler {
  const prefix = `${path.replace(/\/$/, "")}/`;
  return (req, _res, next) => {
    if (req.url.startsWith(prefix)) return;
    next();
  };
}
