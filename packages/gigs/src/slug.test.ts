import { describe, expect, it } from "vitest";
import { randomSlugPart, slugFromTitle } from "./slug.ts";

describe("gig slugs", () => {
  it.each([
    ["I will design a modern logo for your business", "design-a-modern-logo-for-your-business"],
    ["Logo Design — 3 Concepts & Source Files!", "logo-design-3-concepts-source-files"],
    ["Café menu design, très jolie", "cafe-menu-design-tres-jolie"],
    ["I will write 1000 words in Roman Urdu: likhai", "write-1000-words-in-roman-urdu-likhai"],
  ])("reads %j as %j", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it("cuts long titles at a word boundary, at most 60 characters", () => {
    const slug = slugFromTitle("I will build a responsive ecommerce website with payment gateway integration and admin panel");
    expect(slug).toBe("build-a-responsive-ecommerce-website-with-payment-gateway");
    expect(slug?.length).toBeLessThanOrEqual(60);
  });

  it("has no slug for titles without Latin words (no transliteration)", () => {
    expect(slugFromTitle("میں آپ کا لوگو ڈیزائن کروں گا")).toBeNull();
    expect(slugFromTitle(null)).toBeNull();
    expect(slugFromTitle("!!")).toBeNull();
  });

  it("makes random parts from unambiguous lower-case characters", () => {
    expect(randomSlugPart(10)).toMatch(/^[a-hj-km-np-z2-9]{10}$/);
  });
});
