import { AppError } from "@hunar/core/app-error";
import { describe, expect, it } from "vitest";
import { parseSearchParams, validateSearchParams } from "./search-params.ts";

function fieldsOf(input: URLSearchParams | Record<string, unknown>) {
  const result = validateSearchParams(input);
  return result.ok ? {} : result.fields;
}

describe("search URL parameters", () => {
  it("reads every parameter from a query string", () => {
    const params = parseSearchParams(
      new URLSearchParams(
        "q=+logo+design+&category=logo-design&min=1000&max=25000&days=3&city=Lahore&lang=ur&rating=4.5&sort=price_asc&limit=10&cursor=abc_-1",
      ),
    );
    expect(params).toEqual({
      q: "logo design",
      category: "logo-design",
      min: 1000,
      max: 25000,
      days: 3,
      city: "Lahore",
      lang: "ur",
      rating: 4.5,
      sort: "price_asc",
      limit: 10,
      cursor: "abc_-1",
    });
  });

  it("treats blank and unknown parameters as absent and defaults the sort and page size", () => {
    expect(parseSearchParams(new URLSearchParams("q=&category=&min=%20&lng=ur&utm_source=x"))).toEqual({
      sort: "relevance",
      limit: 20,
    });
  });

  it("takes the first of repeated parameters and accepts numbers from a JSON body", () => {
    expect(parseSearchParams({ q: ["لوگو", "x"], min: 500, sort: "newest" })).toMatchObject({ q: "لوگو", min: 500 });
  });

  it.each([
    ["min", "1e3", "search:errors.price"],
    ["min", "12abc", "search:errors.price"],
    ["min", "-5", "search:errors.price"],
    ["max", "10000001", "search:errors.price"],
    ["max", "0", "search:errors.price"],
    ["days", "0", "search:errors.days"],
    ["days", "91", "search:errors.days"],
    ["rating", "6", "search:errors.rating"],
    ["rating", "4.55", "search:errors.rating"],
    ["sort", "cheapest", "search:errors.sort"],
    ["lang", "urdu", "search:errors.lang"],
    ["category", "Logo Design", "search:errors.category"],
    ["city", "<script>", "search:errors.city"],
    ["cursor", "not a cursor!", "search:errors.cursor"],
    ["limit", "500", "search:errors.limit"],
    ["q", "!!!", "search:errors.queryNoWords"],
    ["q", "x".repeat(101), "search:errors.queryTooLong"],
  ])("%s=%s is a field error %s", (field, value, key) => {
    expect(fieldsOf({ [field]: value })[field]?.key).toBe(key);
  });

  it("gives the numbers the messages interpolate", () => {
    expect(fieldsOf({ days: "99" }).days).toEqual({ key: "search:errors.days", params: { min: 1, max: 90 } });
    expect(fieldsOf({ max: "99999999" }).max).toEqual({ key: "search:errors.price", params: { max: 10_000_000 } });
  });

  it("rejects a price range upside down, on the max field", () => {
    expect(fieldsOf({ min: "5000", max: "1000" })).toEqual({ max: { key: "search:errors.priceRange" } });
  });

  it("rejects values that are not text", () => {
    expect(fieldsOf({ q: { $ne: 1 } }).q?.key).toBe("search:errors.queryNoWords");
  });

  it("throws BAD_INPUT with all field errors", () => {
    let error: unknown;
    try {
      parseSearchParams({ min: "x", sort: "y" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "BAD_INPUT",
      fields: { min: { key: "search:errors.price" }, sort: { key: "search:errors.sort" } },
    });
  });
});
