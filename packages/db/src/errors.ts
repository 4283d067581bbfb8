/*
 * How Prisma 7 with a driver adapter reports a unique-index violation: P2002 from a model query,
 * P2010 from raw SQL; either way meta.driverAdapterError.cause.originalCode is PostgreSQL's
 * 23505 (checked with @prisma/adapter-pg 7.10 and pglite-prisma-adapter 0.7). Duck-typed so
 * callers need no runtime import of the generated client.
 */
interface AdapterCause {
  originalCode?: string;
}

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: AdapterCause } } };
  if (code === "P2002") return true;
  return code === "P2010" && meta?.driverAdapterError?.cause?.originalCode === "23505";
}

/*
 * The database could not be reached or dropped the connection (PostgreSQL restarting, a network
 * cut): a temporary outage, answered 503, not a bug. Prisma reports it as P1001/P1002/P1017 (or
 * P2010 from raw SQL, or P2024 when the pool waited in vain) with the adapter's cause kind;
 * node-postgres itself as a socket error. The error may be wrapped (tRPC, a context error) in
 * `cause`. Checked with @prisma/adapter-pg 7.10 by cutting the connection under a running app.
 */
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; typeof cause === "object" && cause !== null && depth < 5; depth += 1) {
    const { code, meta } = cause as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    const kind = meta?.driverAdapterError?.cause?.kind;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds a client is told to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
