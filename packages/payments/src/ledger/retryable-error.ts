/*
 * How Prisma 7 with a driver adapter reports the failures a money transaction may simply run
 * again (checked against @prisma/adapter-pg 7.10 and pglite-prisma-adapter 0.7):
 * - a deadlock (40P01) or serialization failure (40001) from raw SQL arrives as P2010 and from
 *   model queries as P2034; either way meta.driverAdapterError.cause carries
 *   { originalCode, kind: "TransactionWriteConflict" };
 * - a unique violation arrives as P2002 (model query) or P2010 (raw) with cause
 *   { originalCode: "23505", constraint: { index } (pg) or { fields } (PGlite) }.
 * Duck-typed so domain code needs no runtime Prisma import.
 */
interface AdapterCause {
  originalCode?: string;
  originalMessage?: string;
  kind?: string;
  constraint?: { index?: string; fields?: string[] };
}

function adapterCause(error: unknown): AdapterCause | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta;
  return meta?.driverAdapterError?.cause;
}

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Serialization failure or deadlock: the whole transaction may run again. */
export function isWriteConflict(error: unknown): boolean {
  if (prismaCode(error) === "P2034") return true;
  const cause = adapterCause(error);
  if (!cause) return false;
  return cause.kind === "TransactionWriteConflict" || cause.originalCode === "40001" || cause.originalCode === "40P01";
}

/** Two postings raced to insert the same idempotency key; the rerun finds it and replays. */
export function isIdempotencyKeyRace(error: unknown): boolean {
  return isUniqueViolationOn(error, "LedgerTransaction", "idempotencyKey");
}

export function isRetryableMoneyError(error: unknown): boolean {
  return isWriteConflict(error) || isIdempotencyKeyRace(error);
}

/** A unique violation of `<table>.<field>` (pg names the index, PGlite lists the fields). */
export function isUniqueViolationOn(error: unknown, table: string, field: string): boolean {
  const code = prismaCode(error);
  if (code !== "P2002" && code !== "P2010") return false;
  const cause = adapterCause(error);
  if (!cause || cause.originalCode !== "23505") return false;
  const index = `${table}_${field}_key`;
  if (cause.constraint?.index === index) return true;
  if (cause.originalMessage?.includes(`"${index}"`)) return true;
  return cause.constraint?.fields?.some((f) => f.replaceAll('"', "") === field) ?? false;
}

/** The constraint that keeps every customer account's cached balance at or above zero (migration 0023). */
export const BALANCE_CHECK = "LedgerAccount_balance_not_negative";

/** A posting would have taken a customer account below zero; the database refused it. */
export function isBalanceCheckViolation(error: unknown): boolean {
  const cause = adapterCause(error);
  if (!cause || cause.originalCode !== "23514") return false;
  return cause.constraint?.index === BALANCE_CHECK || (cause.originalMessage?.includes(`"${BALANCE_CHECK}"`) ?? false);
}
