import type { Prisma } from "@hunar/db/types";
import { type GigInput, ZGigInput } from "./validation.ts";

// GigRevision.data holds the whole edited listing, validated and normalised, tagged with the
// shape's version so a later change of the form can still read old pending edits.
// Version 1 had one text per package, extra and FAQ field; version 2 has Urdu and English.
const VERSION = 2;

export function revisionData(input: GigInput): Prisma.InputJsonObject {
  return { version: VERSION, listing: input };
}

/**
 * The listing a revision proposes, validated again under today's rules (an edit that waited
 * while the rules tightened must not slip through). Null when it no longer passes.
 */
export function listingOfRevision(data: unknown): GigInput | null {
  if (typeof data !== "object" || data === null) return null;
  const { version, listing } = data as { version?: unknown; listing?: unknown };
  if (version !== 1 && version !== VERSION) return null;
  const result = ZGigInput.safeParse(version === 1 ? listingOfVersion1(listing) : listing);
  return result.success ? result.data : null;
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** One text into the Urdu or English field by its script, as migration 0017 moved the columns. */
function byScript<K extends string>(ur: K, en: K, value: unknown): Partial<Record<K, unknown>> {
  if (typeof value !== "string") return {};
  return ARABIC_SCRIPT.test(value) ? ({ [ur]: value } as Record<K, unknown>) : ({ [en]: value } as Record<K, unknown>);
}

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null) : [];

function listingOfVersion1(listing: unknown): unknown {
  if (typeof listing !== "object" || listing === null) return listing;
  const old = listing as Record<string, unknown>;
  return {
    ...old,
    packages: records(old.packages).map(({ name, description, features, ...pkg }) => {
      const list = Array.isArray(features) ? features : [];
      const urdu = list.some((feature) => typeof feature === "string" && ARABIC_SCRIPT.test(feature));
      return {
        ...pkg,
        ...byScript("nameUr", "nameEn", name),
        ...byScript("descriptionUr", "descriptionEn", description),
        featuresUr: urdu ? list : [],
        featuresEn: urdu ? [] : list,
      };
    }),
    extras: records(old.extras).map(({ title, description, ...extra }) => ({
      ...extra,
      ...byScript("titleUr", "titleEn", title),
      ...byScript("descriptionUr", "descriptionEn", description),
    })),
    faqs: records(old.faqs).map(({ question, answer, ...faq }) => ({
      ...faq,
      ...byScript("questionUr", "questionEn", question),
      ...byScript("answerUr", "answerEn", answer),
    })),
  };
}
