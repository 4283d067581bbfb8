import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../server/env.ts";
import { planWorkers } from "../server/worker-plan.ts";

const production = { NODE_ENV: "production" };
const postgres = "postgres://app@db.internal/hunar";
const redis = "redis://cache.internal:6379";

describe("how many processes serve", () => {
  it("runs one worker per core with PostgreSQL and Redis", () => {
    expect(planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres, REDIS_URL: redis }), 4)).toEqual({ workers: 4, note: null });
  });

  it("takes WEB_CONCURRENCY over the core count, down to one", () => {
    expect(planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres, REDIS_URL: redis, WEB_CONCURRENCY: "3" }), 8).workers).toBe(
      3,
    );
    expect(planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres, REDIS_URL: redis, WEB_CONCURRENCY: "1" }), 8).workers).toBe(
      1,
    );
    expect(planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres, WEB_CONCURRENCY: "1" }), 8)).toEqual({
      workers: 1,
      note: null,
    });
  });

  it("serves from one process without Redis, and says why", () => {
    const plan = planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres }), 4);
    expect(plan.workers).toBe(1);
    expect(plan.note).toMatch(/REDIS_URL/);
  });

  it("refuses more workers than the settings can keep consistent", () => {
    expect(() => planWorkers(parseServerEnv({ ...production, DATABASE_URL: postgres, WEB_CONCURRENCY: "2" }), 4)).toThrow(/REDIS_URL/);
    expect(() => planWorkers(parseServerEnv({ ...production, REDIS_URL: redis, WEB_CONCURRENCY: "2" }), 4)).toThrow(/DATABASE_URL/);
  });

  it("keeps the embedded database and development in one process", () => {
    expect(planWorkers(parseServerEnv({ ...production, REDIS_URL: redis }), 4)).toEqual({ workers: 1, note: null });
    expect(planWorkers(parseServerEnv({ DATABASE_URL: postgres, REDIS_URL: redis }), 4)).toEqual({ workers: 1, note: null });
  });

  it("refuses a WEB_CONCURRENCY that is not a whole number from 1", () => {
    for (const value of ["0", "-1", "two", "1.5"]) expect(() => parseServerEnv({ WEB_CONCURRENCY: value })).toThrow();
  });
});
