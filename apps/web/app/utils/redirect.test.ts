import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect.ts";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query, percent-encoding what a header cannot carry", () => {
    expect(safeRedirectPath("/account?tab=sessions")).toBe("/account?tab=sessions");
    expect(safeRedirectPath("/search?q=لوگو")).toBe(`/search?q=${encodeURIComponent("لوگو")}`);
    expect(safeRedirectPath("/orders/abc#timeline")).toBe("/orders/abc#timeline");
  });

  it("refuses anything that could leave the site", () => {
    for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeRedirectPath(target)).toBe("/");
    }
  });

  it("refuses whitespace, control and format characters a browser would strip or a header would break on", () => {
    for (const target of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\nSet-Cookie: a=b",
      "/account\u0000",
      "/\u3000/evil.example",
      "/ /evil.example",
      "/\u200B/evil.example",
      "/\u202Eaccount",
      `/${"a".repeat(2_001)}`,
    ]) {
      expect(safeRedirectPath(target), JSON.stringify(target)).toBe("/");
    }
    expect(safeRedirectPath("/\t/evil.example", "/notifications")).toBe("/notifications");
  });
});
