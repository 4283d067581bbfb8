import { describe, expect, it } from "vitest";
import { isOrderableGig, orderableGigSql, orderableGigWhere } from "./orderable-gig.ts";

describe("isOrderableGig", () => {
  const active = { suspendedAt: null };
  const suspended = { suspendedAt: new Date("2026-03-01") };

  it("takes a published gig of an active seller and nothing else", () => {
    expect(isOrderableGig({ status: "PUBLISHED", freelancer: active })).toBe(true);
    expect(isOrderableGig({ status: "PUBLISHED", freelancer: suspended })).toBe(false);
    for (const status of ["DRAFT", "PENDING_REVIEW", "PAUSED", "REJECTED"] as const) {
      expect(isOrderableGig({ status, freelancer: active })).toBe(false);
    }
  });

  it("says the same in a where, with the seller's side from the active-user rule", () => {
    expect(orderableGigWhere).toEqual({ status: "PUBLISHED", freelancer: { suspendedAt: null } });
  });

  it("takes only plain aliases into SQL", () => {
    expect(orderableGigSql("g").sql).toContain(`seller."id" = g."freelancerId"`);
    expect(() => orderableGigSql(`g"; --`)).toThrow(/not an SQL alias/);
  });
});
