import { hostname } from "node:os";
import { pino, type DestinationStream, type Logger } from "pino";
import type { ServerEnv } from "./env.ts";

export type { Logger };

/**
 * One JSON line per event in production (for log shippers); pino-pretty only in development,
 * loaded lazily so production never needs the dev dependency.
 */
export async function createLogger(env: Pick<ServerEnv, "NODE_ENV" | "LOG_LEVEL">, destination?: DestinationStream): Promise<Logger> {
  const options = {
    level: env.LOG_LEVEL,
    // pid and host tell apart the copies of the process behind a load balancer.
    base: { service: "hunar-web", pid: process.pid, hostname: hostname() },
    // Never write credentials into logs, whatever a caller passes in.
    redact: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.token"],
  };
  if (destination) return pino(options, destination);
  if (env.NODE_ENV === "development") {
    const { default: pretty } = await import("pino-pretty");
    return pino(options, pretty({ colorize: true, ignore: "pid,hostname,service", singleLine: true }));
  }
  return pino(options);
}
