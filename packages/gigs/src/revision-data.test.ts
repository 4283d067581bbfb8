import { describe, expect, it } from "vitest";
import { listingOfRevision, revisionData } from "./revision-data.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { parseGigInput } from "./parse-gig-input.ts";

describe("pending edits stored as revision data", () => {
  it("reads back what it stored", () => {
    const listing = parseGigInput(gigFormValues("cat-logo"));
    expect(listingOfRevision(revisionData(listing))).toEqual(listing);
  });

  it("reads an edit stored before package texts were bilingual, each text moved to the language of its script", () => {
    const { packages: _packages, extras: _extras, faqs: _faqs, ...gig } = gigFormValues("cat-logo");
    const old = {
      version: 1,
      listing: {
        ...gig,
        packages: [
          {
            tier: "BASIC",
            name: "بنیادی",
            description: "ایک لوگو، PNG فائلوں میں",
            priceRupees: 3000,
            deliveryDays: 3,
            revisions: 2,
            features: ["1 تصور", "PNG فائل"],
          },
        ],
        extras: [{ id: null, title: "Express delivery", description: null, priceRupees: 2000, extraDays: 0 }],
        faqs: [{ question: "کیا لوگو اردو میں بن سکتا ہے؟", answer: "جی ہاں" }],
      },
    };
    const listing = listingOfRevision(old);
    expect(listing?.packages).toEqual([
      expect.objectContaining({ nameUr: "بنیادی", nameEn: null, descriptionUr: "ایک لوگو، PNG فائلوں میں", descriptionEn: null }),
    ]);
    expect(listing?.packages[0]).toMatchObject({ featuresUr: ["1 تصور", "PNG فائل"], featuresEn: [] });
    expect(listing?.extras[0]).toMatchObject({ titleUr: null, titleEn: "Express delivery" });
    expect(listing?.faqs).toEqual([{ questionUr: "کیا لوگو اردو میں بن سکتا ہے؟", questionEn: null, answerUr: "جی ہاں", answerEn: null }]);
  });

  it("treats an old package named in one script and described in the other as an edit that no longer passes", () => {
    const listing = listingOfRevision({
      version: 1,
      listing: {
        ...gigFormValues("cat-logo"),
        packages: [{ tier: "BASIC", name: "بنیادی", description: "One logo concept", priceRupees: 3000, deliveryDays: 3, revisions: 2 }],
      },
    });
    expect(listing).toBeNull();
  });

  it("gives up on an unknown version", () => {
    expect(listingOfRevision({ version: 99, listing: {} })).toBeNull();
    expect(listingOfRevision(null)).toBeNull();
  });
});
