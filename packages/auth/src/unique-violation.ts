/**
 * Prisma reports a unique-index violation as P2002. Duck-typed so domain code needs no runtime
 * import of the generated client.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
