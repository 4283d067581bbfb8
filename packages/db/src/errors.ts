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
