import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { chatError } from "./chat-errors.ts";

export interface MessageLimiter {
  readonly backend: "redis" | "memory";
  /** Counts one message for this user; throws RATE_LIMITED (with `seconds` to wait) past the limit. */
  consume(userId: string): Promise<void>;
  /** Hands back one message counted for a send that was then refused; never throws. */
  refund(userId: string): Promise<void>;
}

export interface MessageLimiterOptions {
  /** Shares counters across server processes; without it each process counts on its own. */
  redis?: Redis | null;
  points?: number;
  durationSeconds?: number;
  keyPrefix?: string;
}

/** 20 messages per 10 s: far above anyone typing, low enough to stop a script flooding someone. */
export const MESSAGE_LIMIT = { points: 20, durationSeconds: 10 } as const;

/** Create once per process and pass it to every send (the counters live in it or in Redis). */
export function createMessageLimiter(options: MessageLimiterOptions = {}): MessageLimiter {
  const base = {
    keyPrefix: options.keyPrefix ?? "hunar:chat:messages",
    points: options.points ?? MESSAGE_LIMIT.points,
    duration: options.durationSeconds ?? MESSAGE_LIMIT.durationSeconds,
  };
  const redis = options.redis ?? null;
  // If Redis is unreachable each process falls back to its own counters rather than refusing
  // every message.
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
    : new RateLimiterMemory(base);

  return {
    backend: redis ? "redis" : "memory",
    async consume(userId) {
      try {
        await limiter.consume(userId);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw chatError("RATE_LIMITED", "rateLimited", { seconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) });
      }
    },
    async refund(userId) {
      // Best effort: a point lost to an unreachable Redis only makes the limit stricter for 10 s.
      await limiter.reward(userId, 1).catch(() => undefined);
    },
  };
}
