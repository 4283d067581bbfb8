import type { OrderStatus, PackageTier } from "@hunar/db/types";
import type { FundingView } from "@hunar/payments/funding/funding-view";

/** An order as the checkout and "pay for your order" pages show it to its client. */
export interface CheckoutOrder {
  id: string;
  number: number;
  status: OrderStatus;
  title: string;
  requirements: string | null;
  gig: { id: string; slug: string } | null;
  packageTier: PackageTier | null;
  freelancer: { id: string; displayName: string; handle: string | null };
  subtotalPaisa: number;
  clientFeePaisa: number;
  totalPaisa: number;
  clientFeeBps: number;
  deliveryDays: number;
  revisionsAllowed: number | null;
  /** The extras bought, in the order the gig lists them; already in the subtotal. */
  extras: { id: string; titleUr: string | null; titleEn: string | null; pricePaisa: number; extraDays: number }[];
  createdAt: Date;
  fundedAt: Date | null;
  cancelledAt: Date | null;
  /** The client's wallet now. */
  walletPaisa: bigint;
  /** What is still missing to pay from the wallet; zero when it covers the total. */
  shortfallPaisa: bigint;
  /** Funding requests that name this order, newest first. */
  funding: FundingView[];
}

export const CHECKOUT_ORDER_SELECT = {
  id: true,
  number: true,
  status: true,
  title: true,
  requirements: true,
  clientId: true,
  gig: { select: { id: true, slug: true } },
  packageTier: true,
  freelancer: { select: { id: true, displayName: true, handle: true } },
  subtotalPaisa: true,
  clientFeePaisa: true,
  totalPaisa: true,
  clientFeeBps: true,
  deliveryDays: true,
  revisionsAllowed: true,
  extras: { select: { id: true, titleUr: true, titleEn: true, pricePaisa: true, extraDays: true }, orderBy: { id: "asc" } },
  createdAt: true,
  fundedAt: true,
  cancelledAt: true,
} as const;
