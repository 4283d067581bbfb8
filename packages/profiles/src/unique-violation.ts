/** Prisma reports a unique-index violation as P2002 (duck-typed: no runtime client import). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
