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
        packages: [packageValues({ nameUr: bad, descriptionEn: bad, featuresEn: [bad] })],
        extras: [{ titleEn: bad, descriptionUr: bad, titleUr: "فوری ڈیلیوری", priceRupees: 100 }],
        faqs: [{ questionUr: bad, answerUr: bad }],
      }),
    );
    expect(Object.fromEntries(Object.entries(fields).map(([field, e]) => [field, e.key]))).toEqual({
      "tags.0": "gigs:errors.noMarkup",
      "packages.0.nameUr": "gigs:errors.noMarkup",
      "packages.0.descriptionEn": "gigs:errors.noMarkup",
      "packages.0.featuresEn.0": "gigs:errors.noMarkup",
      "extras.0.titleEn": "gigs:errors.noMarkup",
      "extras.0.descriptionUr": "gigs:errors.noMarkup",
      "faqs.0.questionUr": "gigs:errors.noMarkup",
      "faqs.0.answerUr": "gigs:errors.noMarkup",
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
      form({
        packages: [packageValues({ deliveryDays: 91, revisions: 11, featuresEn: Array.from({ length: 11 }, (_, i) => `Item ${i}`) })],
      }),
    );
    expect(fields).toEqual({
      "packages.0.deliveryDays": { key: "gigs:errors.deliveryDaysRange", params: { max: 90 } },
      "packages.0.revisions": { key: "gigs:errors.revisionsRange", params: { max: 10 } },
      "packages.0.featuresEn": { key: "gigs:errors.tooManyFeatures", params: { max: 10 } },
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
    const extra = { titleEn: "Express delivery", priceRupees: 1000 };
    expect(fieldsOf(form({ extras: Array.from({ length: 6 }, () => extra) }))).toEqual({
      extras: { key: "gigs:errors.tooManyExtras", params: { max: 5 } },
    });
    const faq = { questionEn: "Is it fast?", answerEn: "Yes." };
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
    expect(fieldsOf(form({ extras: [{ titleEn: "Express delivery", priceRupees: 0.5 }] }))).toEqual({
      "extras.0.priceRupees": { key: "gigs:errors.priceWholeRupees" },
    });
  });

  it("takes package, extra and FAQ texts in either language alone, and needs one of them", () => {
    const gig = parseGigInput(
      form({
        packages: [packageValues({ nameEn: "", descriptionEn: "  ", featuresEn: [] })],
        extras: [{ titleUr: "  فوری   ڈیلیوری ", priceRupees: 1000 }],
        faqs: [{ questionEn: "Do you work weekends?", answerEn: "Yes, on Saturdays." }],
      }),
    );
    expect(gig.packages[0]).toMatchObject({ nameUr: "ابتدائی لوگو", nameEn: null, descriptionEn: null, featuresEn: [] });
    expect(gig.extras[0]).toMatchObject({ titleUr: "فوری ڈیلیوری", titleEn: null, descriptionUr: null, descriptionEn: null });
    expect(gig.faqs[0]).toEqual({ questionUr: null, questionEn: "Do you work weekends?", answerUr: null, answerEn: "Yes, on Saturdays." });
    const none = { nameUr: null, nameEn: null, descriptionUr: null, descriptionEn: null };
    expect(
      fieldsOf(form({ packages: [packageValues(none)], extras: [{ priceRupees: 500 }], faqs: [{ questionUr: "", answerEn: "" }] })),
    ).toEqual({
      "packages.0.nameUr": { key: "gigs:errors.packageOneLanguage" },
      "packages.0.nameEn": { key: "gigs:errors.packageOneLanguage" },
      "extras.0.titleUr": { key: "gigs:errors.extraOneLanguage" },
      "extras.0.titleEn": { key: "gigs:errors.extraOneLanguage" },
      "faqs.0.questionUr": { key: "gigs:errors.faqOneLanguage" },
      "faqs.0.questionEn": { key: "gigs:errors.faqOneLanguage" },
    });
  });

  it("needs each language's name with its description, and a question with its answer", () => {
    expect(
      fieldsOf(
        form({
          packages: [packageValues({ nameUr: null, descriptionEn: null })],
          extras: [{ titleEn: "Express delivery", descriptionUr: "ایک دن میں", priceRupees: 500 }],
          faqs: [{ questionUr: "کیا آپ ہفتے کو کام کرتے ہیں؟", answerEn: "Yes, on Saturdays." }],
        }),
      ),
    ).toEqual({
      "packages.0.nameUr": { key: "gigs:errors.packageNameMissing" },
      "packages.0.descriptionEn": { key: "gigs:errors.packageDescriptionMissing" },
      "extras.0.titleUr": { key: "gigs:errors.extraTitleMissing" },
      "faqs.0.answerUr": { key: "gigs:errors.faqAnswerMissing" },
      "faqs.0.questionEn": { key: "gigs:errors.faqQuestionMissing" },
    });
  });

  it("answers garbage with field errors, never a crash", () => {
    for (const raw of [null, "gig", 42, [], { packages: "many" }, { tags: "logo", imageIds: [1] }]) {
      expect(validateGigInput(raw).ok).toBe(false);
    }
  });
});
