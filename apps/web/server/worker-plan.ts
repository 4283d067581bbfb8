import type { ServerEnv } from "./env.ts";

export interface WorkerPlan {
  /** 1: this process serves by itself; more: a primary prepares the database and forks this many workers. */
  workers: number;
  /** Why there is one process where there could be more, for the startup log. */
  note: string | null;
}

/**
 * How many processes serve. Node renders a page on one core, so a server with PostgreSQL runs one
 * worker per core; the workers share the listening socket (node:cluster). Workers can only be
 * interchangeable when what one process knows every process knows: rate-limit counters and socket
 * rooms live in Redis (REDIS_URL), so without it there is one process, and asking for more is a
 * configuration error rather than limits that quietly multiply by the worker count and live
 * events that reach only a worker's own sockets. An embedded PGlite directory has one owner
 * process, and development serves through Vite in one process.
 */
export function planWorkers(
  env: Pick<ServerEnv, "NODE_ENV" | "DATABASE_URL" | "REDIS_URL" | "WEB_CONCURRENCY">,
  cores: number,
): WorkerPlan {
  const asked = env.WEB_CONCURRENCY;
  if (env.NODE_ENV === "development") return { workers: 1, note: null };
  if (!env.DATABASE_URL) {
    if (asked !== undefined && asked > 1)
      throw new Error(`WEB_CONCURRENCY=${asked} needs DATABASE_URL: the embedded database has one owner process`);
    return { workers: 1, note: null };
  }
  if (asked !== undefined && asked > 1 && !env.REDIS_URL) {
    throw new Error(`WEB_CONCURRENCY=${asked} needs REDIS_URL: workers share rate limits and socket rooms through Redis`);
  }
  if (asked !== undefined) return { workers: asked, note: null };
  if (!env.REDIS_URL) return { workers: 1, note: "REDIS_URL is not set: serving from one process instead of one per core" };
  return { workers: Math.max(1, cores), note: null };
}
