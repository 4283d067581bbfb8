import { hash, verify } from "@node-rs/argon2";
import { createSemaphore } from "./semaphore.ts";

export interface PasswordHashingOptions {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id recommendation: 19 MiB, 2 passes, 1 lane (@node-rs/argon2 defaults to argon2id). */
export const OWASP_HASHING: PasswordHashingOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Cheap parameters for tests only; production code never passes these. */
export const FAST_TEST_HASHING: PasswordHashingOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/**
 * Each hash takes ~19 MiB and tens of milliseconds of CPU. Two at a time per process keeps a burst
 * of logins from starving page rendering (and memory); extra attempts queue instead.
 */
const hashing = createSemaphore(2);

export function hashPassword(password: string, opts: PasswordHashingOptions = OWASP_HASHING): Promise<string> {
  return hashing.run(() => hash(password, opts));
}

/** Parameters are read from the stored hash, so verifying works whatever they were. */
export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return hashing.run(async () => {
    try {
      return await verify(storedHash, password);
    } catch {
      return false; // a malformed stored hash never matches
    }
  });
}

/** Hashing concurrency right now, for tests and metrics. */
export function hashingLoad(): { running: number; waiting: number } {
  return { running: hashing.running, waiting: hashing.waiting };
}
