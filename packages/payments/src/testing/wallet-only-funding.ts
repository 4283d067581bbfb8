import { AppError } from "@hunar/core/app-error";
import type { OrderFunding } from "../funding/order-funding.ts";

/**
 * For fundings that cannot name an order (payments' own tests of wallet top-ups, which have no orders package to ask): any named
 * order is refused as not found, so money never moves towards an order nobody vouched for.
 */
export const walletOnlyFunding: OrderFunding = {
  assertPayable: () => Promise.reject(new AppError("NOT_FOUND", "errors:notFound")),
  fundIfCovered: () => Promise.resolve(false),
};
