import { describe, expect, it } from "vitest";
import { normaliseSearchText, requiredGroups, searchTerms, withAlternatives } from "./search-terms.ts";

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
  const alternatives = (q: string) => searchTerms(q).groups.map((g) => g.alternatives);

  it("gives each word its equivalents in the other languages", () => {
    const terms = searchTerms("Logo Design");
    expect(terms.text).toBe("logo design");
    expect(terms.groups.map((g) => g.typed)).toEqual(["logo", "design"]);
    expect(terms.groups.every((g) => g.known)).toBe(true);
    expect(terms.groups[0]?.alternatives).toEqual(expect.arrayContaining(["logo", "لوگو"]));
    expect(terms.groups[1]?.alternatives).toEqual(expect.arrayContaining(["design", "ڈیزائن"]));
  });

  it("requires the words that name the service and makes the generic ones optional", () => {
    for (const q of ["logo design", "logo bnana", "لوگو ڈیزائن", "mujhe logo chahiye", "logo for my shop"]) {
      const required = requiredGroups(searchTerms(q)).map((g) => g.typed);
      expect(required, q).toContain(q.includes("لوگو") ? "لوگو" : "logo");
      expect(required, q).not.toEqual(expect.arrayContaining(["design", "bnana", "ڈیزائن", "chahiye", "for", "my"]));
    }
  });

  it("requires generic words when the query has nothing else", () => {
    expect(requiredGroups(searchTerms("design")).map((g) => g.typed)).toEqual(["design"]);
    expect(requiredGroups(searchTerms("bnana krna")).map((g) => g.typed)).toEqual(["bnana", "krna"]);
  });

  it("matches phrases of several words before single words", () => {
    const terms = searchTerms("ویب سائٹ bnana");
    expect(terms.groups.map((g) => g.typed)).toEqual(["ویب سائٹ", "bnana"]);
    expect(terms.groups[0]?.alternatives).toEqual(expect.arrayContaining(["ویب سائٹ", "website"]));
  });

  it("keeps unknown words as they are, once each, marked unknown", () => {
    expect(searchTerms("nikah nama nikah").groups).toEqual([
      { typed: "nikah", alternatives: ["nikah"], known: false, optional: false },
      { typed: "nama", alternatives: ["nama"], known: false, optional: false },
    ]);
  });

  it("splits on punctuation, including Urdu punctuation, but keeps names like node.js and c++", () => {
    expect(alternatives("node.js، c++; (react)!")).toEqual([["node.js"], ["c++"], ["react"]]);
  });

  it("has no groups when nothing is a word", () => {
    expect(searchTerms("-- ... !!").groups).toEqual([]);
  });
});

describe("withAlternatives", () => {
  it("adds corrections and what they stand for, without repeats", () => {
    const [group] = searchTerms("desgin").groups;
    if (!group) throw new Error("no group");
    const corrected = withAlternatives(group, ["design", "design"]);
    expect(corrected.alternatives[0]).toBe("desgin");
    expect(corrected.alternatives).toEqual(expect.arrayContaining(["design", "ڈیزائن", "designer"]));
    expect(new Set(corrected.alternatives).size).toBe(corrected.alternatives.length);
    expect(corrected.optional).toBe(true);
  });

  it("keeps a corrected group required when the nearest correction names a service", () => {
    const [group] = searchTerms("lgoo").groups;
    if (!group) throw new Error("no group");
    expect(withAlternatives(group, ["logo"])).toMatchObject({ optional: false, alternatives: ["lgoo", "logo", "لوگو"] });
  });
});
