import { AppError } from "@hunar/core/app-error";
import { describe, expect, it } from "vitest";
import { parseProposalInput, proposalData } from "./proposal-input.ts";

const letter = "I have built three booking sites like this one and can start tomorrow morning.";
const good = { jobId: "job_1", coverLetter: letter, priceRupees: "5,000", deliveryDays: 10 };

function fieldsOf(raw: unknown): Record<string, string> {
  try {
    parseProposalInput(raw);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Object.fromEntries(Object.entries(error.fields ?? {}).map(([name, field]) => [name, field.key]));
  }
  throw new Error("expected a refusal");
}

describe("parseProposalInput", () => {
  it("reads form text and stores the price in paisa", () => {
    expect(proposalData(parseProposalInput(good))).toEqual({
      coverLetter: letter,
      bidPaisa: 500_000,
      deliveryDays: 10,
      milestonePlan: null,
    });
  });

  it("keeps a milestone plan that adds up to the price", () => {
    const input = parseProposalInput({
      ...good,
      milestones: [
        { title: "Design", amountRupees: 2000, dueDays: 4 },
        { title: "Build", amountRupees: "3000", dueDays: 10 },
      ],
    });
    expect(proposalData(input).milestonePlan).toEqual([
      { title: "Design", amountPaisa: 200_000, dueDays: 4 },
      { title: "Build", amountPaisa: 300_000, dueDays: 10 },
    ]);
  });

  it("refuses milestones that do not add up to the price", () => {
    const milestones = [
      { title: "Design", amountRupees: 2000, dueDays: 4 },
      { title: "Build", amountRupees: 2999, dueDays: 10 },
    ];
    expect(fieldsOf({ ...good, milestones })).toEqual({ milestones: "proposals:errors.milestonesTotal" });
  });

  it("refuses a milestone due after delivery and milestones out of order", () => {
    const milestones = [
      { title: "Design", amountRupees: 2000, dueDays: 8 },
      { title: "Build", amountRupees: 2000, dueDays: 4 },
      { title: "Launch", amountRupees: 1000, dueDays: 11 },
    ];
    expect(fieldsOf({ ...good, milestones })).toEqual({
      "milestones.1.dueDays": "proposals:errors.milestonesOrder",
      "milestones.2.dueDays": "proposals:errors.milestoneAfterDelivery",
    });
  });

  it("refuses one milestone, a short letter, control characters, and out-of-range price and days", () => {
    expect(fieldsOf({ ...good, milestones: [{ title: "All", amountRupees: 5000, dueDays: 10 }] })).toEqual({
      milestones: "proposals:errors.milestonesCount",
    });
    expect(fieldsOf({ ...good, coverLetter: "Hire me." })).toEqual({ coverLetter: "gigs:errors.tooShort" });
    expect(fieldsOf({ ...good, coverLetter: `${letter}\u0000` })).toHaveProperty("coverLetter");
    expect(fieldsOf({ ...good, priceRupees: 499 })).toEqual({ priceRupees: "proposals:errors.priceRange" });
    expect(fieldsOf({ ...good, priceRupees: 10_000_001 })).toEqual({ priceRupees: "proposals:errors.priceRange" });
    expect(fieldsOf({ ...good, deliveryDays: 366 })).toEqual({ deliveryDays: "proposals:errors.daysRange" });
    expect(fieldsOf({ ...good, deliveryDays: 0 })).toEqual({ deliveryDays: "proposals:errors.daysRange" });
  });
});
