import { describe, expect, it } from "vitest";
import { extrasInLanguage, extraTitle, faqInLanguage, packageDescription, packageFeatures, packageName } from "./localized-listing.ts";

const urduOnly = {
  nameUr: "بنیادی",
  nameEn: null,
  descriptionUr: "ایک لوگو کا خیال",
  descriptionEn: null,
  featuresUr: ["ایک خیال"],
  featuresEn: [],
};
const both = { ...urduOnly, nameEn: "Basic", descriptionEn: "One logo concept", featuresEn: ["1 concept"] };

describe("listing texts in the reader's language", () => {
  it("gives a package's texts in the reader's language, else the other one, tagged with its language", () => {
    expect(packageName(both, "en")).toEqual({ text: "Basic", lang: "en" });
    expect(packageName(both, "ur")).toEqual({ text: "بنیادی", lang: "ur" });
    expect(packageName(urduOnly, "en")).toEqual({ text: "بنیادی", lang: "ur" });
    expect(packageDescription(urduOnly, "en")).toEqual({ text: "ایک لوگو کا خیال", lang: "ur" });
    expect(packageFeatures(both, "en")).toEqual({ items: ["1 concept"], lang: "en" });
    expect(packageFeatures(urduOnly, "en")).toEqual({ items: ["ایک خیال"], lang: "ur" });
  });

  it("keeps an FAQ's answer in its question's language", () => {
    const faq = { questionUr: "کیا اصل فائل ملے گی؟", questionEn: "Do I get the source file?", answerUr: null, answerEn: "Yes." };
    // The Urdu question has no Urdu answer, so an Urdu reader gets the English pair.
    expect(faqInLanguage(faq, "ur")).toEqual({ question: "Do I get the source file?", answer: "Yes.", lang: "en" });
    expect(faqInLanguage({ ...faq, questionEn: null }, "en")).toBeNull();
  });

  it("names extras for the figure lines in the reader's language", () => {
    const extras = [{ id: "x", titleUr: "فوری ڈیلیوری", titleEn: "Express delivery", pricePaisa: 100 }];
    expect(extrasInLanguage(extras, "ur")).toEqual([{ id: "x", title: "فوری ڈیلیوری", pricePaisa: 100 }]);
    expect(extraTitle({ titleUr: null, titleEn: "Express delivery" }, "ur")).toEqual({ text: "Express delivery", lang: "en" });
  });
});
