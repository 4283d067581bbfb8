import type { Db } from "@hunar/db/client";
import { DATABASE_RETRY_AFTER_SECONDS } from "@hunar/db/errors";
import type { RequestHandler } from "express";

/** For load balancers and `pnpm start` scripts: 200 when the database answers, 503 otherwise. */
export function healthCheck(db: Db): RequestHandler {
  return async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ status: "ok", db: "ok", uptimeSeconds: Math.round(process.uptime()) });
    } catch (error) {
      res.locals.log.error({ err: error }, "health check: database unreachable");
      res.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ status: "error", db: "unreachable" });
    }
  };
}
