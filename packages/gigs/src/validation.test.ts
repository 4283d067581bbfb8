import { describe, expect, it } from "vitest";
import { parseGigInput, validateGigInput } from "./parse-gig-input.ts";
import { gigFormValues, packageValues } from "./testing/gig-form.ts";

const form = (overrides = {}) => gigFormValues("cat-logo", overrides);

function fieldsOf(raw: unknown): Record<string, { key: string; params?: unknown }> {
  const result = validateGigInput(raw);
  if (result.ok) throw new Error("expected the form to be refused");
  return result.fields;
}

describe("gig listing validation", () => {
  it("accepts a complete bilingual listing and normalises it", () => {
    const gig = parseGigInput(
      form({
        titleEn: "  I will design a   modern logo\nfor you  ",
        tags: [" Logo", "#logo", "Brand Identity", "", "لوگو"],
        packages: [packageValues({ tier: "PREMIUM", priceRupees: "۱۲,۰۰۰", deliveryDays: "4", revisions: "unlimited" }), packageValues()],
      }),
    );
    expect(gig.titleEn).toBe("I will design a modern logo for you");
    expect(gig.tags).toEqual(["logo", "brand identity", "لوگو"]);
    expect(gig.packages.map((p) => p.tier)).toEqual(["BASIC", "PREMIUM"]);
    expect(gig.packages[1]).toMatchObject({ priceRupees: 12_000, deliveryDays: 4, revisions: null });
    expect(gig.extras[0]?.extraDays).toBe(0);
  });

  it("accepts one complete language and stores the other as null", () => {
    const gig = parseGigInput(form({ titleEn: "", descriptionEn: "   " }));
    expect(gig.titleEn).toBeNull();
    expect(gig.descriptionEn).toBeNull();
    expect(gig.titleUr).toContain("لوگو");
  });

  it("needs at least one complete language and no half-filled one", () => {
    expect(fieldsOf(form({ titleEn: null, descriptionEn: null, titleUr: null, descriptionUr: null }))).toEqual({
      titleUr: { key: "gigs:errors.oneLanguageRequired" },
      titleEn: { key: "gigs:errors.oneLanguageRequired" },
    });
    expect(fieldsOf(form({ descriptionUr: "" }))).toEqual({ descriptionUr: { key: "gigs:errors.descriptionMissing" } });
    expect(fieldsOf(form({ titleEn: undefined }))).toEqual({ titleEn: { key: "gigs:errors.titleMissing" } });
  });

  it("bounds titles to 15–100 characters and descriptions to 5,000", () => {
    expect(fieldsOf(form({ titleEn: "Logo design" }))).toEqual({ titleEn: { key: "gigs:errors.tooShort", params: { min: 15 } } });
    expect(fieldsOf(form({ titleUr: "ل".repeat(101) }))).toEqual({ titleUr: { key: "gigs:errors.tooLong", params: { max: 100 } } });
    expect(fieldsOf(form({ descriptionEn: "x".repeat(5001) }))).toEqual({
      descriptionEn: { key: "gigs:errors.tooLong", params: { max: 5000 } },
    });
  });

  it.each([
    ["<script>alert(1)</script> logo design"],
    ["Logo design <img src=x onerror=alert(1)>"],
    ["Nice logo design </p> closing tag"],
    ["Logo design <!-- comment --> here"],
    ["Click javascript:alert(1) for a logo"],
    ["Logo design < a href='x'>here</a>"],
  ])("refuses markup or script in text: %s", (text) => {
    expect(fieldsOf(form({ titleEn: text }))).toEqual({ titleEn: { key: "gigs:errors.noMarkup" } });
    expect(fieldsOf(form({ descriptionEn: `${text} and enough words to pass the length check easily` }))).toEqual({
      descriptionEn: { key: "gigs:errors.noMarkup" },
    });
  });

  it("refuses markup in every other text field too", () => {
    const bad = "<b>bold</b> words here";
    const fields = fieldsOf(
      form({
        tags: ["<i>x"],
        packages: [packageValues({ name: bad, description: bad, features: [bad] })],
        extras: [{ title: bad, description: bad, priceRupees: 100 }],
        faqs: [{ question: bad, answer: bad }],
      }),
    );
    expect(Object.fromEntries(Object.entries(fields).map(([field, e]) => [field, e.key]))).toEqual({
      "tags.0": "gigs:errors.noMarkup",
      "packages.0.name": "gigs:errors.noMarkup",
      "packages.0.description": "gigs:errors.noMarkup",
      "packages.0.features.0": "gigs:errors.noMarkup",
      "extras.0.title": "gigs:errors.noMarkup",
      "extras.0.description": "gigs:errors.noMarkup",
      "faqs.0.question": "gigs:errors.noMarkup",
      "faqs.0.answer": "gigs:errors.noMarkup",
    });
  });

  it("allows a plain less-than sign and refuses control characters", () => {
    expect(validateGigInput(form({ titleEn: "Logo design in < 3 days for you" })).ok).toBe(true);
    expect(fieldsOf(form({ titleEn: "Logo design for you\u0000 today" }))).toEqual({
      titleEn: { key: "gigs:errors.controlCharacters" },
    });
  });

  it.each([
    [0, "gigs:errors.pricePositive"],
    [-500, "gigs:errors.pricePositive"],
    [99.5, "gigs:errors.priceWholeRupees"],
    ["1500.50", "gigs:errors.priceWholeRupees"],
    [10_000_001, "gigs:errors.priceTooHigh"],
    ["", "gigs:errors.required"],
    ["five", "gigs:errors.notANumber"],
    [Number.NaN, "gigs:errors.notANumber"],
    [Number.POSITIVE_INFINITY, "gigs:errors.notANumber"],
  ])("refuses the price %s", (priceRupees, key) => {
    const fields = fieldsOf(form({ packages: [packageValues({ priceRupees })] }));
    expect(fields["packages.0.priceRupees"]?.key).toBe(key);
  });

  it("accepts the highest price, PKR 10,000,000", () => {
    expect(parseGigInput(form({ packages: [packageValues({ priceRupees: 10_000_000 })] })).packages[0]?.priceRupees).toBe(10_000_000);
  });

  it("needs 1–3 packages of distinct tiers including Basic", () => {
    expect(fieldsOf(form({ packages: [] }))).toEqual({ packages: { key: "gigs:errors.packagesRequired", params: { min: 1 } } });
    const four = [packageValues(), packageValues({ tier: "STANDARD" }), packageValues({ tier: "PREMIUM" }), packageValues()];
    expect(fieldsOf(form({ packages: four }))).toEqual({ packages: { key: "gigs:errors.tooManyPackages", params: { max: 3 } } });
    expect(fieldsOf(form({ packages: [packageValues(), packageValues()] }))).toEqual({
      "packages.1.tier": { key: "gigs:errors.duplicateTier" },
    });
    expect(fieldsOf(form({ packages: [packageValues({ tier: "PREMIUM" })] }))).toEqual({
      packages: { key: "gigs:errors.basicRequired" },
    });
  });

  it("bounds delivery days, revisions and the feature checklist", () => {
    const fields = fieldsOf(
      form({ packages: [packageValues({ deliveryDays: 91, revisions: 11, features: Array.from({ length: 11 }, (_, i) => `Item ${i}`) })] }),
    );
    expect(fields).toEqual({
      "packages.0.deliveryDays": { key: "gigs:errors.deliveryDaysRange", params: { max: 90 } },
      "packages.0.revisions": { key: "gigs:errors.revisionsRange", params: { max: 10 } },
      "packages.0.features": { key: "gigs:errors.tooManyFeatures", params: { max: 10 } },
    });
    expect(fieldsOf(form({ packages: [packageValues({ deliveryDays: 0 })] }))["packages.0.deliveryDays"]?.key).toBe(
      "gigs:errors.deliveryDaysRange",
    );
  });

  it("allows at most 5 tags of 2–30 letters, numbers, spaces and hyphens", () => {
    expect(fieldsOf(form({ tags: ["a1", "b2", "c3", "d4", "e5", "f6"] }))).toEqual({
      tags: { key: "gigs:errors.tooManyTags", params: { max: 5 } },
    });
    expect(fieldsOf(form({ tags: ["x"] }))).toEqual({ "tags.0": { key: "gigs:errors.tooShort", params: { min: 2 } } });
    expect(fieldsOf(form({ tags: ["logo!"] }))).toEqual({ "tags.0": { key: "gigs:errors.tagCharacters" } });
    // Duplicates after normalising count once, so six spellings of one tag are fine.
    expect(parseGigInput(form({ tags: ["Logo", "logo", "LOGO", " logo", "#logo", "logo "] })).tags).toEqual(["logo"]);
  });

  it("allows at most 5 images, 5 extras and 10 questions", () => {
    expect(fieldsOf(form({ imageIds: ["a", "b", "c", "d", "e", "f"] }))).toEqual({
      imageIds: { key: "gigs:errors.tooManyImages", params: { max: 5 } },
    });
    expect(fieldsOf(form({ imageIds: ["a", "a"] }))).toEqual({ imageIds: { key: "gigs:errors.duplicateImage" } });
    const extra = { title: "Express delivery", priceRupees: 1000 };
    expect(fieldsOf(form({ extras: Array.from({ length: 6 }, () => extra) }))).toEqual({
      extras: { key: "gigs:errors.tooManyExtras", params: { max: 5 } },
    });
    const faq = { question: "Is it fast?", answer: "Yes." };
    expect(fieldsOf(form({ faqs: Array.from({ length: 11 }, () => faq) }))).toEqual({
      faqs: { key: "gigs:errors.tooManyFaqs", params: { max: 10 } },
    });
  });

  it("takes up to 10 requirement questions of at most 300 characters, required unless said otherwise", () => {
    const gig = parseGigInput(
      form({
        requirements: [
          { question: "  What is your brand name?  " },
          { question: "Send your current logo, if any", required: false, allowFile: true },
        ],
      }),
    );
    expect(gig.requirements).toEqual([
      { question: "What is your brand name?", required: true, allowFile: false },
      { question: "Send your current logo, if any", required: false, allowFile: true },
    ]);
    expect(parseGigInput(form()).requirements).toEqual([]);
    const question = { question: "What colours do you like?" };
    expect(fieldsOf(form({ requirements: Array.from({ length: 11 }, () => question) }))).toEqual({
      requirements: { key: "gigs:errors.tooManyRequirements", params: { max: 10 } },
    });
    expect(parseGigInput(form({ requirements: Array.from({ length: 10 }, () => question) })).requirements).toHaveLength(10);
    expect(fieldsOf(form({ requirements: [{ question: "x".repeat(301) }] }))).toEqual({
      "requirements.0.question": { key: "gigs:errors.tooLong", params: { max: 300 } },
    });
    expect(parseGigInput(form({ requirements: [{ question: "x".repeat(300) }] })).requirements[0]?.question).toHaveLength(300);
    expect(fieldsOf(form({ requirements: [{ question: "<b>Your name</b>" }] }))).toEqual({
      "requirements.0.question": { key: "gigs:errors.noMarkup" },
    });
    expect(fieldsOf(form({ requirements: [{ question: "Your brand name?", required: "yes" }] }))).toEqual({
      "requirements.0.required": { key: "gigs:errors.invalid" },
    });
  });

  it("refuses an extra priced like a bad package", () => {
    expect(fieldsOf(form({ extras: [{ title: "Express delivery", priceRupees: 0.5 }] }))).toEqual({
      "extras.0.priceRupees": { key: "gigs:errors.priceWholeRupees" },
    });
  });

  it("answers garbage with field errors, never a crash", () => {
    for (const raw of [null, "gig", 42, [], { packages: "many" }, { tags: "logo", imageIds: [1] }]) {
      expect(validateGigInput(raw).ok).toBe(false);
    }
  });
});
