import { describe, expect, it } from "vitest";
import { normaliseSearchText, searchTerms } from "./search-terms.ts";

describe("normaliseSearchText", () => {
  it("lower-cases and spells Arabic letter forms the Urdu way", () => {
    expect(normaliseSearchText("LOGO ترجمه كتاب علي")).toBe("logo ترجمہ کتاب علی");
  });

  it("drops diacritics, tatweel and joiners, and reads Urdu digits", () => {
    expect(normaliseSearchText("لِوگو ڈیـــزائن\u200c ۲۰۲۵")).toBe("لوگو ڈیزائن 2025");
  });

  it("composes decomposed hamza and folds presentation forms", () => {
    expect(normaliseSearchText("بناو\u0654ں")).toBe("بناؤں");
    expect(normaliseSearchText("\uFEFB")).toBe("لا");
  });
});

describe("searchTerms", () => {
  it("gives each word its equivalents in the other languages", () => {
    const terms = searchTerms("Logo Design");
    expect(terms.text).toBe("logo design");
    expect(terms.groups).toHaveLength(2);
    expect(terms.groups[0]).toEqual(expect.arrayContaining(["logo", "لوگو"]));
    expect(terms.groups[1]).toEqual(expect.arrayContaining(["design", "ڈیزائن", "bnana", "بنانا"]));
  });

  it("matches phrases of several words before single words", () => {
    const terms = searchTerms("ویب سائٹ bnana");
    expect(terms.groups).toHaveLength(2);
    expect(terms.groups[0]).toEqual(expect.arrayContaining(["ویب سائٹ", "website"]));
  });

  it("keeps unknown words as they are, once each", () => {
    expect(searchTerms("nikah nama nikah").groups).toEqual([["nikah"], ["nama"]]);
  });

  it("splits on punctuation, including Urdu punctuation, but keeps names like node.js and c++", () => {
    expect(searchTerms("node.js، c++; (react)!").groups).toEqual([["node.js"], ["c++"], ["react"]]);
  });

  it("has no groups when nothing is a word", () => {
    expect(searchTerms("-- ... !!").groups).toEqual([]);
  });
});
