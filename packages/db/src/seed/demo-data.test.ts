import { describe, expect, it } from "vitest";
import { CATEGORY_TREE } from "./category-tree.ts";
import { DEMO_GIGS } from "./demo-gigs.ts";
import { DEMO_JOBS } from "./demo-jobs.ts";
import { DEMO_ADMINS, DEMO_CLIENTS, DEMO_FREELANCERS } from "./demo-people.ts";

// The demo data is hand-written; these checks catch a typo before it becomes a seed failure.
const URDU = /[\u0600-\u06FF]/;
const leafSlugs = new Set(CATEGORY_TREE.flatMap((root) => root.children.map((c) => c.slug)));
const allSlugs = CATEGORY_TREE.flatMap((root) => [root.slug, ...root.children.map((c) => c.slug)]);
const people = [...DEMO_ADMINS, ...DEMO_FREELANCERS, ...DEMO_CLIENTS];

describe("category tree", () => {
  it("has unique slugs, 2–5 subcategories per category and real Urdu names", () => {
    expect(new Set(allSlugs).size).toBe(allSlugs.length);
    for (const root of CATEGORY_TREE) {
      expect(root.children.length).toBeGreaterThanOrEqual(2);
      expect(root.children.length).toBeLessThanOrEqual(5);
      for (const category of [root, ...root.children]) {
        expect(category.nameUr).toMatch(URDU);
        expect(category.nameEn).not.toMatch(URDU);
      }
    }
  });

  it("covers the marketplace's main fields of work", () => {
    const roots = CATEGORY_TREE.map((root) => root.slug);
    for (const slug of [
      "graphic-design",
      "web-mobile-development",
      "content-writing",
      "translation",
      "video-editing",
      "digital-marketing",
      "virtual-assistance",
    ]) {
      expect(roots).toContain(slug);
    }
  });
});

describe("demo people and gigs", () => {
  it("has about thirty people with unique handles and two admins (an appeal needs a second)", () => {
    expect(people.length).toBe(31);
    expect(new Set(people.map((p) => p.handle)).size).toBe(people.length);
    expect(people.filter((p) => p.isAdmin)).toEqual(DEMO_ADMINS);
  });

  it("gives every gig a freelancer who works, a subcategory and bilingual texts", () => {
    const workers = new Set(DEMO_FREELANCERS.filter((p) => p.intent !== "HIRE").map((p) => p.handle));
    expect(new Set(DEMO_GIGS.map((g) => g.slug)).size).toBe(DEMO_GIGS.length);
    for (const gig of DEMO_GIGS) {
      expect(workers.has(gig.freelancer), gig.slug).toBe(true);
      expect(leafSlugs.has(gig.category), gig.slug).toBe(true);
      expect(gig.titleUr).toMatch(URDU);
      expect(gig.descriptionUr).toMatch(URDU);
      expect(gig.titleEn).not.toMatch(URDU);
      expect(gig.descriptionEn).not.toMatch(URDU);
    }
  });

  it("writes every package, extra and FAQ in Urdu and in English", () => {
    const urdu = (text: string) => expect(text, text).toMatch(URDU);
    const english = (text: string) => expect(text, text).not.toMatch(URDU);
    for (const gig of DEMO_GIGS) {
      for (const pkg of gig.packages) {
        [pkg.nameUr, pkg.descriptionUr, ...pkg.featuresUr].forEach(urdu);
        [pkg.nameEn, pkg.descriptionEn, ...pkg.featuresEn].forEach(english);
        expect(pkg.featuresUr.length, gig.slug).toBe(pkg.featuresEn.length);
      }
      for (const extra of gig.extras ?? []) {
        urdu(extra.titleUr);
        english(extra.titleEn);
      }
      for (const faq of gig.faqs ?? []) {
        [faq.questionUr, faq.answerUr].forEach(urdu);
        [faq.questionEn, faq.answerEn].forEach(english);
      }
    }
  });

  it("offers one to three packages per gig, one per tier, rising in price", () => {
    for (const gig of DEMO_GIGS) {
      expect(gig.packages.length).toBeGreaterThanOrEqual(1);
      expect(gig.packages.length).toBeLessThanOrEqual(3);
      expect(new Set(gig.packages.map((p) => p.tier)).size).toBe(gig.packages.length);
      const prices = gig.packages.map((p) => p.priceRupees);
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      expect(prices.every((p) => Number.isInteger(p) && p > 0)).toBe(true);
    }
  });

  it("posts jobs from clients in existing subcategories", () => {
    const handles = new Set(people.map((p) => p.handle));
    for (const job of DEMO_JOBS) {
      expect(handles.has(job.client)).toBe(true);
      expect(leafSlugs.has(job.category)).toBe(true);
      expect(job.budgetMinRupees).toBeLessThanOrEqual(job.budgetMaxRupees);
    }
  });
});
