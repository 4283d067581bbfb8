/**
 * The demo marketplace's money history, relative to the day the seed runs: finished orders
 * spread over the last six months (released and cleared, so the earnings chart, statements and
 * the available balance have data), one released a few days ago (still pending), two funded and
 * in progress (escrow), and the demo client's leftover wallet credit. Handles refer to
 * @hunar/db's demo people; prices are in paisa.
 */
export interface DemoLedgerOrder {
  /** Stable part of the order id: the seed skips an order that already exists. */
  key: string;
  client: string;
  /** Gig (and package tier) the order buys; its freelancer is the seller. */
  gigSlug: string;
  tier: "BASIC" | "STANDARD" | "PREMIUM";
  /** Days before the seed runs that the client paid. */
  fundedDaysAgo: number;
  /** Days after funding that the client approved; null = still in progress. */
  releasedAfterDays: number | null;
}

const LOGO = "modern-logo-for-your-business";
const MENU = "restaurant-menu-and-brand-kit";

export const DEMO_LEDGER_ORDERS: readonly DemoLedgerOrder[] = [
  { key: "1", client: "saad.rehman", gigSlug: LOGO, tier: "STANDARD", fundedDaysAgo: 172, releasedAfterDays: 4 },
  { key: "2", client: "saad.rehman", gigSlug: MENU, tier: "PREMIUM", fundedDaysAgo: 141, releasedAfterDays: 6 },
  { key: "3", client: "saad.rehman", gigSlug: LOGO, tier: "PREMIUM", fundedDaysAgo: 110, releasedAfterDays: 5 },
  { key: "4", client: "saad.rehman", gigSlug: LOGO, tier: "BASIC", fundedDaysAgo: 83, releasedAfterDays: 2 },
  { key: "5", client: "saad.rehman", gigSlug: MENU, tier: "STANDARD", fundedDaysAgo: 52, releasedAfterDays: 4 },
  { key: "6", client: "saad.rehman", gigSlug: LOGO, tier: "PREMIUM", fundedDaysAgo: 26, releasedAfterDays: 5 },
  { key: "7", client: "saad.rehman", gigSlug: MENU, tier: "BASIC", fundedDaysAgo: 7, releasedAfterDays: 4 },
  { key: "8", client: "saad.rehman", gigSlug: LOGO, tier: "STANDARD", fundedDaysAgo: 2, releasedAfterDays: null },
  {
    key: "9",
    client: "saad.rehman",
    gigSlug: "responsive-business-website-react",
    tier: "BASIC",
    fundedDaysAgo: 3,
    releasedAfterDays: null,
  },
];

/** What the demo client keeps in the wallet after paying for the orders above. */
export const DEMO_CLIENT_SPARE_PAISA = 2_500_000n;
