import type { ServerResponse } from "node:http";
import { HOST_SESSION_COOKIE, readCookie, SESSION_COOKIE } from "@hunar/auth/cookie";
import type { RequestHandler } from "express";

/** The session cookie under both its names: plain, and with the `__Host-` prefix https gives it. */
function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return readCookie(cookieHeader, SESSION_COOKIE) !== null || readCookie(cookieHeader, HOST_SESSION_COOKIE) !== null;
}

/** Already kept out of shared caches by its handler: `no-store`, or `private` (the browser's own cache only). */
function alreadyPrivate(res: ServerResponse): boolean {
  const value = res.getHeader("Cache-Control");
  const text = Array.isArray(value) ? value.join(",") : String(value ?? "");
  return /(?:^|[\s,])(?:no-store|private)(?:$|[\s,=])/i.test(text);
}

/**
 * The one caching rule for everything that may depend on who is asking: a response to a request
 * carrying a session cookie, or one that sets a cookie, is `Cache-Control: no-store` unless its
 * handler already made it no-store or private. Decided as the headers go out, so it covers pages,
 * their `.data` requests, resource routes (invoices, files, CSV), tRPC and anything added later,
 * whatever each set or forgot. A signed-out request for a public page keeps whatever caching its
 * route gives it. Mounted after the static files and gig images, whose caching is the same for everyone.
 */
export const noStoreForSessions: RequestHandler = (req, res, next) => {
  const session = hasSessionCookie(req.headers.cookie);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if ((session || res.hasHeader("Set-Cookie")) && !alreadyPrivate(res)) res.setHeader("Cache-Control", "no-store");
    return writeHead(...args);
  }) as typeof res.writeHead;
  next();
};
