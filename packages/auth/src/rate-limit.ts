import { AppError } from "@hunar/core/app-error";
import { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { authEnv } from "./env.ts";
import { ipKey } from "./ip-key.ts";

export interface LimitRule {
  points: number;
  durationSeconds: number;
  blockSeconds: number;
}

/*
 * Why these limiters, and why not simply "N failures per account → lock":
 *
 * - A plain per-account lock lets anyone lock a victim out by typing wrong passwords for their
 *   email. So the strict counter is per (account, IP) pair: an attacker on one address locks only
 *   that address out of that account, and the victim, from their own address, is unaffected.
 * - A distributed attack (many addresses, one account) is caught by a looser per-account cap whose
 *   block is short (minutes): it slows guessing to a crawl across a botnet, while the worst a
 *   botnet can do to the victim is delay them briefly, and only by spending hundreds of addresses
 *   an hour to keep it up.
 * - Per IP, every attempt (not only failures) is counted before the password is hashed, so one
 *   address cannot spray many accounts or burn CPU. It is generous because many Pakistani mobile
 *   users share carrier-grade NAT addresses.
 * - Each attempt is counted as a failure BEFORE the password is checked and the count is cleared
 *   when it succeeds, so a burst of parallel guesses cannot slip past the limit while hashes run.
 * - A successful login clears that account's counters: the owner proved themselves.
 * - Signup is limited per IP (account farming) and per email (probing which emails exist). The
 *   per-IP allowance is generous (50 an hour) for the same reason as logins: a whole town's
 *   mobile users can share one carrier-NAT address. What slows a script instead is that a new
 *   account can post, order or open a chat only after its e-mail is verified, one real mailbox
 *   per account (@hunar/db/verified-email).
 * - Account e-mails (password-reset links, verification links) are limited per address (a
 *   reset link to someone else's inbox is a nuisance they did not ask for: 5 an hour), per
 *   account (resends, e-mail changes) and per IP. A refusal is the same whether or not the
 *   address has an account, so the limit tells nobody who is registered.
 * Counters live in Redis when configured so every server process shares them.
 */
export interface AuthLimits {
  logInAttemptsPerIp: LimitRule;
  logInFailuresPerAccountIp: LimitRule;
  logInFailuresPerAccount: LimitRule;
  signUpAttemptsPerIp: LimitRule;
  signUpAttemptsPerEmail: LimitRule;
  accountEmailsPerIp: LimitRule;
  passwordResetsPerEmail: LimitRule;
  accountEmailsPerUser: LimitRule;
}

const MINUTE = 60;
export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  logInAttemptsPerIp: { points: 100, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  logInFailuresPerAccountIp: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 15 * MINUTE },
  logInFailuresPerAccount: { points: 50, durationSeconds: 60 * MINUTE, blockSeconds: 5 * MINUTE },
  signUpAttemptsPerIp: { points: 50, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
  signUpAttemptsPerEmail: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 15 * MINUTE },
  accountEmailsPerIp: { points: 30, durationSeconds: 60 * MINUTE, blockSeconds: 30 * MINUTE },
  passwordResetsPerEmail: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
  accountEmailsPerUser: { points: 5, durationSeconds: 60 * MINUTE, blockSeconds: 60 * MINUTE },
};

export interface AuthLimiter {
  readonly backend: "redis" | "memory";
  /** Throws RATE_LIMITED when this login may not be tried now; otherwise counts it as a failure. */
  beforeLogIn(email: string, ip: string): Promise<void>;
  /** The password was right: forget this account's failures. */
  logInSucceeded(email: string, ip: string): Promise<void>;
  /** Throws RATE_LIMITED when this signup may not be tried now; counts it. */
  beforeSignUp(email: string, ip: string): Promise<void>;
  /** Throws RATE_LIMITED when no more reset links may be asked for this address (or from this IP); counts it. */
  beforePasswordReset(email: string, ip: string): Promise<void>;
  /** Throws RATE_LIMITED when this account may not be sent another verification link now; counts it. */
  beforeAccountEmail(userId: string, ip: string): Promise<void>;
  close(): Promise<void>;
}

export interface AuthLimiterOptions {
  /** A Redis client to share counters across processes; null forces memory. Default: REDIS_URL. */
  redis?: Redis | null;
  limits?: Partial<AuthLimits>;
  keyPrefix?: string;
}

export function rateLimitedError(msBeforeNext: number): AppError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new AppError("RATE_LIMITED", "errors:rateLimited", { params: { minutes } });
}

export function createAuthLimiter(opts: AuthLimiterOptions = {}): AuthLimiter {
  const fromEnv: Partial<AuthLimits> = authEnv.SIGNUP_LIMIT_PER_IP
    ? { signUpAttemptsPerIp: { ...DEFAULT_AUTH_LIMITS.signUpAttemptsPerIp, points: authEnv.SIGNUP_LIMIT_PER_IP } }
    : {};
  const limits = { ...DEFAULT_AUTH_LIMITS, ...fromEnv, ...opts.limits };
  const ownRedis = opts.redis === undefined && authEnv.REDIS_URL ? new Redis(authEnv.REDIS_URL) : null;
  const redis = opts.redis ?? ownRedis;
  const prefix = opts.keyPrefix ?? "hunar:auth";

  function limiter(name: keyof AuthLimits): RateLimiterAbstract {
    const rule = limits[name];
    const base = {
      keyPrefix: `${prefix}:${name}`,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds,
    };
    if (!redis) return new RateLimiterMemory(base);
    // If Redis is unreachable the process falls back to its own memory counters rather than
    // refusing every login.
    return new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) });
  }

  const logInPerIp = limiter("logInAttemptsPerIp");
  const failuresPerPair = limiter("logInFailuresPerAccountIp");
  const failuresPerAccount = limiter("logInFailuresPerAccount");
  const signUpPerIp = limiter("signUpAttemptsPerIp");
  const signUpPerEmail = limiter("signUpAttemptsPerEmail");
  const accountEmailsPerIp = limiter("accountEmailsPerIp");
  const resetsPerEmail = limiter("passwordResetsPerEmail");
  const accountEmailsPerUser = limiter("accountEmailsPerUser");

  const pairKey = (email: string, ip: string) => `${email}|${ipKey(ip)}`;

  return {
    backend: redis ? "redis" : "memory",
    async beforeLogIn(email, ip) {
      const pair = pairKey(email, ip);
      await consumeOrThrow(logInPerIp, ipKey(ip));
      // Look before counting: an attempt refused by one counter must not feed the other, or a
      // victim retrying during a short account block would earn a long pair block, and an
      // attacker's refused pair attempts would push the whole account into a block.
      await assertNotBlocked(failuresPerPair, limits.logInFailuresPerAccountIp, pair);
      await assertNotBlocked(failuresPerAccount, limits.logInFailuresPerAccount, email);
      await consumeOrThrow(failuresPerPair, pair);
      await consumeOrThrow(failuresPerAccount, email);
    },
    async logInSucceeded(email, ip) {
      await failuresPerPair.delete(pairKey(email, ip));
      await failuresPerAccount.delete(email);
    },
    async beforeSignUp(email, ip) {
      await consumeOrThrow(signUpPerIp, ipKey(ip));
      await consumeOrThrow(signUpPerEmail, email);
    },
    async beforePasswordReset(email, ip) {
      await consumeOrThrow(accountEmailsPerIp, ipKey(ip));
      await consumeOrThrow(resetsPerEmail, email);
    },
    async beforeAccountEmail(userId, ip) {
      await consumeOrThrow(accountEmailsPerIp, ipKey(ip));
      await consumeOrThrow(accountEmailsPerUser, userId);
    },
    async close() {
      if (ownRedis) await ownRedis.quit();
    },
  };
}

async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimitedError(rejection.msBeforeNext);
    throw rejection;
  }
}

/** Blocked means the allowance is already overdrawn (a block is running); reads, never counts. */
async function assertNotBlocked(limiter: RateLimiterAbstract, rule: LimitRule, key: string): Promise<void> {
  const res = await limiter.get(key);
  if (res && res.consumedPoints > rule.points) throw rateLimitedError(res.msBeforeNext);
}
