import type { RequestHandler } from "express";

/**
 * A path with broken percent-encoding ("/%E0%A4%A") cannot name any page; answer 400 here
 * instead of letting every later layer trip over it.
 */
export const rejectMalformedPaths: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    res.status(400).type("text/plain").send("Bad request");
    return;
  }
  next();
};
