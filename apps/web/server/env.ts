import { z } from "zod";

// The web server's own settings. Database settings (DATABASE_URL, DATA_DIR) are read by
// @hunar/db and auth settings (COOKIE_SECURE, ALLOWED_ORIGINS, and PUBLIC_ORIGIN for the cookie
// name) by @hunar/auth; they are listed here only when the server itself needs them too.

/** An unset variable and an empty one mean the same thing (shells and process managers differ). */
const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const ZServerEnv = z.object({
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(["development", "production", "test"]).default("development")),
  PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65_535).default(3000)),
  /** Interface to listen on; unset listens on every interface, like Node's default. */
  HOST: optional,
  /** Comma-separated public origin(s), e.g. https://hunar.pk. Required behind a proxy. */
  PUBLIC_ORIGIN: optional,
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
  REDIS_URL: optional,
  DATABASE_URL: optional,
  /** Express `trust proxy`: false (default), true, a hop count, or a list of addresses/subnets. */
  TRUST_PROXY: optional,
  /** 1: seed demo data into an empty database; 0: never; unset: only on the embedded database. */
  SEED_DEMO: z.preprocess(blankAsUnset, z.enum(["0", "1"]).optional()),
  /** Worker processes with DATABASE_URL; unset: one per core (see worker-plan.ts). */
  WEB_CONCURRENCY: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(256).optional()),
});

export type ServerEnv = ReturnType<typeof parseServerEnv>;

export function parseServerEnv(source: Record<string, string | undefined>) {
  const env = ZServerEnv.parse(source);
  return {
    ...env,
    LOG_LEVEL: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicOrigins: parseOrigins(env.PUBLIC_ORIGIN),
  } as const;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "false" || value === "0") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value; // "loopback", "10.0.0.0/8, 127.0.0.1", ... understood by Express itself
}

function parseOrigins(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(",").map((origin) => {
    const url = new URL(origin.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error(`PUBLIC_ORIGIN must be http(s) origins, got ${origin}`);
    }
    return url.origin;
  });
}

export const serverEnv: ServerEnv = parseServerEnv(process.env);
