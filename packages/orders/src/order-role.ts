import { AppError } from "@hunar/core/app-error";

export type OrderRole = "client" | "freelancer";

/** Which side of the order this user is on, or null for anyone else. */
export function roleIn(order: { clientId: string; freelancerId: string }, userId: string): OrderRole | null {
  if (userId === order.clientId) return "client";
  if (userId === order.freelancerId) return "freelancer";
  return null;
}

/** Someone who is neither party is told the order does not exist (they do not learn it does). */
export const orderNotFound = () => new AppError("NOT_FOUND", "orders:errors.notFound");

/**
 * The user's role in the order if it is the one the action needs: anyone outside the order gets
 * NOT_FOUND, the other party FORBIDDEN with `wrongRoleKey` ("only the freelancer delivers").
 */
export function requireRole(
  order: { clientId: string; freelancerId: string },
  userId: string,
  wanted: OrderRole | "either",
  wrongRoleKey: string,
): OrderRole {
  const role = roleIn(order, userId);
  if (!role) throw orderNotFound();
  if (wanted !== "either" && role !== wanted) throw new AppError("FORBIDDEN", wrongRoleKey);
  return role;
}
