import type { ActivityLine } from "@hunar/payments/statements/list-account-activity";
import { describe, expect, it } from "vitest";
import { nextClearing } from "./earnings.server.ts";

const NOW = new Date("2026-11-20T10:00:00Z");
const line = (overrides: Partial<ActivityLine>): ActivityLine => ({
  id: crypto.randomUUID(),
  createdAt: new Date("2026-11-15T10:00:00Z"),
  kind: "ESCROW_RELEASED",
  amountPaisa: 100_000n,
  orderNumber: 1001,
  orderTitle: "Logo",
  clearsAt: new Date("2026-11-22T10:00:00Z"),
  ...overrides,
});

describe("nextClearing", () => {
  it("names the release that clears soonest, with its amount; releases that cleared long ago do not count", () => {
    const pending = [
      line({ amountPaisa: 500_000n, clearsAt: new Date("2026-11-25T10:00:00Z") }),
      line({ amountPaisa: 120_050n, clearsAt: new Date("2026-11-21T08:00:00Z") }),
      line({ amountPaisa: 90_000n, clearsAt: new Date("2026-10-01T08:00:00Z") }),
      line({ kind: "EARNINGS_CLEARED", amountPaisa: -90_000n, clearsAt: null }),
    ];
    expect(nextClearing(pending, 620_050n, NOW)).toEqual({ amountPaisa: 120_050n, clearsAt: new Date("2026-11-21T08:00:00Z") });
  });

  it("shows overdue pending money (the sweep has not run yet) as clearing now, and nothing when none is pending", () => {
    expect(nextClearing([line({ clearsAt: new Date("2026-11-19T00:00:00Z") })], 100_000n, NOW)).toEqual({
      amountPaisa: 100_000n,
      clearsAt: NOW,
    });
    expect(nextClearing([line({ clearsAt: new Date("2026-11-19T00:00:00Z") })], 0n, NOW)).toBeNull();
    expect(nextClearing([], 0n, NOW)).toBeNull();
  });
});
