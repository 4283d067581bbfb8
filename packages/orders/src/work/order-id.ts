import { orderNotFound } from "../order-role.ts";

/** An id that cannot name an order gets the same answer as an order one may not see. */
export function parseOrderId(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 64) throw orderNotFound();
  return raw;
}
