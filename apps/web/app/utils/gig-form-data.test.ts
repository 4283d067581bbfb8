import { describe, expect, it } from "vitest";
import { gigFieldsFromForm, gigFieldsFromValues, gigInputFromFields, slotFieldErrors, tagList } from "./gig-form-data.ts";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("gig form data", () => {
  const posted = form({
    titleEn: "Logo design",
    tags: " logo, لوگو، ,branding ",
    "packages.0.nameEn": "Basic",
    "packages.0.revisions": "1",
    "packages.0.featuresEn": "One\n\n  Two  \r\nThree",
    "packages.0.featuresUr": "ایک\n",
    // Only the revisions select has a value: not a package.
    "packages.1.revisions": "1",
    "packages.2.nameUr": "پریمیم",
    "packages.2.revisions": "unlimited",
    "extras.0.titleEn": "",
    "extras.3.id": "extra-fast",
    "extras.3.titleEn": "Fast",
    "extras.3.priceRupees": "500",
    // An extra the freelancer emptied: only its hidden id is left, so it is removed.
    "extras.4.id": "extra-gone",
    "faqs.4.questionUr": "کیوں؟",
    "faqs.4.answerEn": "Because.",
    // Ticked checkboxes post "on"; unticked ones post nothing. A row without a question is no question.
    "requirements.0.required": "on",
    "requirements.2.question": "Your brand name?",
    "requirements.2.required": "on",
    "requirements.5.question": "Your old logo, if any",
    "requirements.5.allowFile": "on",
    imageIds: ["img-1", "", "img-2"],
  });

  it("drops blank slots, splits features by line and tags by either comma", () => {
    const fields = gigFieldsFromForm(posted);
    expect(fields.packages.map((pkg) => pkg.tier)).toEqual(["BASIC", "PREMIUM"]);
    expect(fields.packages[0]).toMatchObject({ nameEn: "Basic", nameUr: "", featuresEn: ["One", "Two", "Three"], featuresUr: ["ایک"] });
    expect(fields.packages[1]).toMatchObject({ nameUr: "پریمیم", nameEn: "", featuresUr: [], featuresEn: [] });
    const extra = { slot: 3, id: "extra-fast", titleUr: "", titleEn: "Fast", descriptionUr: "", descriptionEn: "", priceRupees: "500" };
    expect(fields.extras).toEqual([{ ...extra, extraDays: "" }]);
    expect(fields.faqs).toEqual([{ slot: 4, questionUr: "کیوں؟", questionEn: "", answerUr: "", answerEn: "Because." }]);
    expect(fields.requirements).toEqual([
      { slot: 2, question: "Your brand name?", required: true, allowFile: false },
      { slot: 5, question: "Your old logo, if any", required: false, allowFile: true },
    ]);
    expect(fields.tags).toEqual(["logo", "لوگو", "branding"]);
    expect(tagList("")).toEqual([]);
    expect(fields.imageIds).toEqual(["img-1", "img-2"]);
  });

  it("hands the domain its own shapes: no slots, unlimited as null, blank extra days as 0", () => {
    const input = gigInputFromFields(gigFieldsFromForm(posted));
    expect(input.packages[1]!.revisions).toBeNull();
    expect(input.packages[0]!.revisions).toBe("1");
    expect(input.extras).toEqual([
      { id: "extra-fast", titleUr: "", titleEn: "Fast", descriptionUr: "", descriptionEn: "", priceRupees: "500", extraDays: 0 },
    ]);
    expect(input.faqs).toEqual([{ questionUr: "کیوں؟", questionEn: "", answerUr: "", answerEn: "Because." }]);
    expect(input.requirements).toEqual([
      { question: "Your brand name?", required: true, allowFile: false },
      { question: "Your old logo, if any", required: false, allowFile: true },
    ]);
  });

  it("puts each domain error back on the slot it came from", () => {
    const fields = gigFieldsFromForm(posted);
    const errors = slotFieldErrors(fields, {
      "packages.1.priceRupees": { key: "price" },
      "packages.0.featuresUr.2": { key: "feature" },
      "extras.0.priceRupees": { key: "extra" },
      "faqs.0.answerUr": { key: "faq" },
      "requirements.1.question": { key: "question" },
      "tags.1": { key: "tag" },
      "tags.2": { key: "second tag" },
      "imageIds.0": { key: "image" },
      packages: { key: "packages" },
    });
    expect(errors).toEqual({
      "packages.2.priceRupees": { key: "price" },
      "packages.0.featuresUr": { key: "feature" },
      "extras.3.priceRupees": { key: "extra" },
      "faqs.4.answerUr": { key: "faq" },
      "requirements.5.question": { key: "question" },
      tags: { key: "tag" },
      images: { key: "image" },
      packages: { key: "packages" },
    });
  });

  it("shows a saved listing in the form, numbers as text and unlimited revisions as the select's value", () => {
    const fields = gigFieldsFromValues({
      titleUr: null,
      titleEn: "Logo",
      categoryId: "cat",
      tags: ["logo"],
      packages: [
        { tier: "PREMIUM", nameEn: "P", descriptionUr: "D", priceRupees: 30000, deliveryDays: 7, revisions: null, featuresEn: ["x"] },
      ],
      extras: [{ titleUr: "فوری", priceRupees: 500, extraDays: 1 }],
      faqs: null,
      requirements: [{ question: "Your brand?", required: false, allowFile: true }, { question: "Colours?" }],
      imageIds: ["a"],
    });
    expect(fields).toMatchObject({
      titleUr: "",
      packages: [
        {
          tier: "PREMIUM",
          nameEn: "P",
          nameUr: "",
          descriptionUr: "D",
          descriptionEn: "",
          priceRupees: "30000",
          deliveryDays: "7",
          revisions: "unlimited",
        },
      ],
      extras: [{ slot: 0, id: "", titleUr: "فوری", titleEn: "", descriptionUr: "", priceRupees: "500", extraDays: "1" }],
      faqs: [],
      requirements: [
        { slot: 0, question: "Your brand?", required: false, allowFile: true },
        { slot: 1, question: "Colours?", required: true, allowFile: false },
      ],
    });
  });
});
