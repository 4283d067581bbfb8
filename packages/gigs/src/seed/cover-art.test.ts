import { describe, expect, it } from "vitest";
import { titleOverlay, wrapTitle } from "./cover-art.ts";

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
    const { svg } = titleOverlay(`Tom & Jerry's <b>logos</b>`, "Graphic Design");
    expect(svg).toContain("Tom &amp; Jerry&apos;s &lt;b&gt;logos&lt;/b&gt;");
    expect(svg).not.toContain("<b>");
  });

  it("makes room for the Urdu title above the English one", () => {
    const english = (svg: string) => Number(/<text x="110" y="(\d+)" font-size="56"/.exec(svg)?.[1]);
    const without = titleOverlay("A logo", "Graphic Design");
    const withUrdu = titleOverlay("A logo", "Graphic Design", 90);
    // The band grows upwards by the Urdu block; the English line keeps its place at the bottom.
    expect(english(withUrdu.svg)).toBe(english(without.svg));
    expect(withUrdu.urduTop + 90).toBeLessThan(english(withUrdu.svg) - 56);
    expect(withUrdu.urduTop).toBeLessThan(without.urduTop);
  });
});
