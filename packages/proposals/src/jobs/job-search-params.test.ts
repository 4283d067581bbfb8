import { AppError } from "@hunar/core/app-error";
import { describe, expect, it } from "vitest";
import { parseJobSearchParams, validateJobSearchParams } from "./job-search-params.ts";

function fieldsOf(input: URLSearchParams | Record<string, unknown>) {
  const result = validateJobSearchParams(input);
  return result.ok ? {} : result.fields;
}

describe("/jobs URL parameters", () => {
  it("reads every parameter from a query string", () => {
    expect(
      parseJobSearchParams(new URLSearchParams("q=+logo+bnana+&category=graphic-design&min=5000&max=20000&posted=7&cursor=ab_-1&limit=10")),
    ).toEqual({
      q: "logo bnana",
      category: "graphic-design",
      min: 5000,
      max: 20000,
      posted: 7,
      cursor: "ab_-1",
      limit: 10,
    });
  });

  it("drops blank and unknown parameters (gig search's sort and city too) and defaults the page size", () => {
    expect(parseJobSearchParams(new URLSearchParams("q=&category=&min=%20&sort=price_asc&city=Lahore&utm_source=x"))).toEqual({
      limit: 20,
    });
  });

  it("takes the first of repeated parameters and numbers from a JSON body", () => {
    expect(parseJobSearchParams({ q: ["ترجمہ", "x"], min: 500, posted: 30 })).toMatchObject({ q: "ترجمہ", min: 500, posted: 30 });
  });

  it("names each bad value with a localised key and its limits", () => {
    expect(fieldsOf(new URLSearchParams("q=" + "a".repeat(101)))).toEqual({
      q: { key: "search:errors.queryTooLong", params: { max: 100 } },
    });
    expect(fieldsOf({ q: "!!!" })).toEqual({ q: { key: "search:errors.queryNoWords" } });
    expect(fieldsOf({ category: "Graphic Design" })).toEqual({ category: { key: "search:errors.category" } });
    for (const min of ["1e3", "-5", "12abc", "5.5", "10000001"]) {
      expect(fieldsOf({ min })).toEqual({ min: { key: "jobs:search.errors.budget", params: { max: 10_000_000 } } });
    }
    expect(fieldsOf({ max: "0" })).toEqual({ max: { key: "jobs:search.errors.budget", params: { max: 10_000_000 } } });
    expect(fieldsOf({ min: "9000", max: "5000" })).toEqual({ max: { key: "jobs:search.errors.budgetOrder" } });
    for (const posted of ["2", "0", "365", "week"]) expect(fieldsOf({ posted })).toEqual({ posted: { key: "jobs:search.errors.posted" } });
    expect(fieldsOf({ cursor: "a b" })).toEqual({ cursor: { key: "search:errors.cursor" } });
    expect(fieldsOf({ limit: "51" })).toEqual({ limit: { key: "search:errors.limit", params: { min: 1, max: 50 } } });
  });

  it("a value that is not text gets the field's key, not zod's English", () => {
    expect(fieldsOf({ q: { $gt: "" }, posted: { a: 1 } })).toEqual({
      q: { key: "search:errors.queryNoWords" },
      posted: { key: "jobs:search.errors.posted" },
    });
  });

  it("parse throws BAD_INPUT with the field errors", () => {
    const error = (() => {
      try {
        parseJobSearchParams({ posted: "2" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual({ posted: { key: "jobs:search.errors.posted" } });
  });
});
