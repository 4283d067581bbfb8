import { describe, expect, it } from "vitest";
import { titleOverlaySvg, wrapTitle } from "./cover-art.ts";

describe("demo cover art", () => {
  it("wraps a title into at most three lines, cutting the rest with an ellipsis", () => {
    expect(wrapTitle("I will design a modern, unique logo for your business")).toEqual([
      "I will design a modern,",
      "unique logo for your",
      "business",
    ]);
    const long = wrapTitle("word ".repeat(40));
    expect(long).toHaveLength(3);
    expect(long[2]).toMatch(/…$/);
  });

  it("escapes the title for the SVG", () => {
    const svg = titleOverlaySvg(`Tom & Jerry's <b>logos</b>`, "Graphic Design");
    expect(svg).toContain("Tom &amp; Jerry&apos;s &lt;b&gt;logos&lt;/b&gt;");
    expect(svg).not.toContain("<b>");
  });
});
