import { Redis } from "ioredis";
import { authEnv } from "../env.ts";
import { type AuthLimiter, type AuthLimiterOptions, createAuthLimiter } from "../rate-limit.ts";

export interface LimiterBackend {
  name: "memory" | "redis";
  /** A limiter with its own key prefix, so tests never see each other's counters. */
  create(opts?: Omit<AuthLimiterOptions, "redis" | "keyPrefix">): AuthLimiter;
  close(): Promise<void>;
}

let warned = false;

/**
 * The rate-limit backends tests must cover: memory always, Redis when REDIS_URL is set. In CI a
 * missing REDIS_URL is an error, never a silent skip; elsewhere the skip is announced.
 */
export function limiterBackends(): LimiterBackend[] {
  const backends: LimiterBackend[] = [
    { name: "memory", create: (opts = {}) => createAuthLimiter({ ...opts, redis: null }), close: async () => {} },
  ];
  if (authEnv.REDIS_URL) {
    const url = authEnv.REDIS_URL;
    let client: Redis | undefined;
    backends.push({
      name: "redis",
      create: (opts = {}) => {
        client ??= new Redis(url);
        return createAuthLimiter({ ...opts, redis: client, keyPrefix: `hunar-test:${crypto.randomUUID()}` });
      },
      close: async () => {
        if (client) await client.quit();
        client = undefined;
      },
    });
  } else if (authEnv.CI) {
    throw new Error("CI=true but REDIS_URL is not set: the Redis rate-limit tests must run in CI.");
  } else if (!warned) {
    warned = true;
    console.warn("REDIS_URL is not set: Redis rate-limit tests were skipped (memory backend only).");
  }
  return backends;
}
