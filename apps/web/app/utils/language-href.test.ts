import { describe, expect, it } from "vitest";
import { languageHref } from "./language-href.ts";

describe("languageHref", () => {
  it("keeps the path, the query and the hash, replacing only lng", () => {
    expect(languageHref({ pathname: "/search", search: "?q=logo&lng=ur", hash: "#results" }, "en")).toBe("/search?q=logo&lng=en#results");
    expect(languageHref({ pathname: "/", search: "", hash: "" }, "ur")).toBe("/?lng=ur");
  });

  it("keeps repeated and encoded parameters intact", () => {
    expect(languageHref({ pathname: "/search", search: "?tag=a&tag=b&q=%D8%A7%D8%B1%D8%AF%D9%88", hash: "" }, "en")).toBe(
      "/search?tag=a&tag=b&q=%D8%A7%D8%B1%D8%AF%D9%88&lng=en",
    );
  });
});
