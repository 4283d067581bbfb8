import { z } from "zod";
import { requireLanguages } from "./bilingual.ts";
import { block, checkedText, gigError, numberFromText, optionalBlock, optionalLine, textList, wholeNumber } from "./text-schemas.ts";
import { normaliseLine } from "./text-rules.ts";

// The gig listing form, shared by the server and by forms for inline validation (nothing here
// imports server-only code). Prices are typed in whole rupees and stored in paisa (money.ts).

export const TITLE_MIN = 15;
export const TITLE_MAX = 100;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 5000;
export const MAX_TAGS = 5;
export const TAG_MIN = 2;
export const TAG_MAX = 30;
export const MAX_PACKAGES = 3;
export const MAX_FEATURES = 10;
export const MAX_EXTRAS = 5;
export const MAX_FAQS = 10;
export const MAX_REQUIREMENTS = 10;
export const REQUIREMENT_QUESTION_MAX = 300;
export const MAX_IMAGES = 5;
export const PRICE_MAX_RUPEES = 10_000_000;
export const DELIVERY_DAYS_MAX = 90;
export const EXTRA_DAYS_MAX = 30;
export const REVISIONS_MAX = 10;
export const REPORT_NOTE_MAX = 1000;
export const MODERATION_REASON_MAX = 1000;

export const PACKAGE_TIERS = ["BASIC", "STANDARD", "PREMIUM"] as const;
export type PackageTierName = (typeof PACKAGE_TIERS)[number];

export const REPORT_REASONS = ["SPAM", "SCAM", "OFF_PLATFORM_PAYMENT", "OFFENSIVE", "COPYRIGHT", "OTHER"] as const;
export type ReportReasonName = (typeof REPORT_REASONS)[number];

/** Whole rupees, more than zero, at most PKR 10,000,000: one message per way to get it wrong. */
export const ZPriceRupees = z
  .union([z.number(), z.string()], { error: gigError("notANumber") })
  .transform(numberFromText)
  .pipe(
    z
      .number({ error: (issue) => (issue.input === undefined ? gigError("required") : gigError("notANumber")) })
      .int({ error: gigError("priceWholeRupees") })
      .positive({ error: gigError("pricePositive") })
      .max(PRICE_MAX_RUPEES, { error: gigError("priceTooHigh") }),
  );

/** 0..10 revisions, or null / "unlimited" for unlimited. */
const ZRevisions = z
  .union([z.number(), z.string(), z.null()], { error: gigError("required") })
  .transform((value) => (value === null || value === "unlimited" ? null : numberFromText(value)))
  .pipe(
    z
      .number({ error: (issue) => (issue.input === undefined ? gigError("required") : gigError("notANumber")) })
      .int({ error: gigError("revisionsRange") })
      .min(0, { error: gigError("revisionsRange") })
      .max(REVISIONS_MAX, { error: gigError("revisionsRange") })
      .nullable(),
  );

const ZFeatures = textList(normaliseLine, checkedText(1, 60), MAX_FEATURES, "tooManyFeatures");

// Package, extra and FAQ texts are written in Urdu, English or both, like the gig's title; a
// language counts only when its name (title, question) and its description (answer) are both
// there, since a reader sees one language at a time and falls back to the other.
export const ZGigPackageInput = z
  .object({
    tier: z.enum(PACKAGE_TIERS, { error: gigError("tierInvalid") }),
    nameUr: optionalLine(3, 40),
    nameEn: optionalLine(3, 40),
    descriptionUr: optionalBlock(10, 300),
    descriptionEn: optionalBlock(10, 300),
    priceRupees: ZPriceRupees,
    deliveryDays: wholeNumber(1, DELIVERY_DAYS_MAX, "deliveryDaysRange"),
    revisions: ZRevisions,
    featuresUr: ZFeatures,
    featuresEn: ZFeatures,
  })
  .superRefine(
    requireLanguages({
      head: ["nameUr", "nameEn"],
      body: ["descriptionUr", "descriptionEn"],
      oneLanguage: "packageOneLanguage",
      headMissing: "packageNameMissing",
      bodyMissing: "packageDescriptionMissing",
    }),
    { when: () => true },
  );

export const ZGigExtraInput = z
  .object({
    // The extra being edited, so it keeps its id (checkout links name extras by id); a new one has none.
    id: z
      .string({ error: gigError("invalid") })
      .max(64, { error: gigError("invalid") })
      .nullish(),
    titleUr: optionalLine(3, 80),
    titleEn: optionalLine(3, 80),
    descriptionUr: optionalBlock(1, 300),
    descriptionEn: optionalBlock(1, 300),
    priceRupees: ZPriceRupees,
    extraDays: z
      .union([z.number(), z.string()])
      .nullish()
      .transform((value) => value ?? 0)
      .pipe(wholeNumber(0, EXTRA_DAYS_MAX, "extraDaysRange")),
  })
  .superRefine(
    // The details are optional in both languages; a title is what a language needs.
    requireLanguages({
      head: ["titleUr", "titleEn"],
      body: ["descriptionUr", "descriptionEn"],
      bodyOptional: true,
      oneLanguage: "extraOneLanguage",
      headMissing: "extraTitleMissing",
      bodyMissing: "extraTitleMissing",
    }),
    { when: () => true },
  );

export const ZGigFaqInput = z
  .object({
    questionUr: optionalLine(5, 200),
    questionEn: optionalLine(5, 200),
    answerUr: optionalBlock(2, 1000),
    answerEn: optionalBlock(2, 1000),
  })
  .superRefine(
    requireLanguages({
      head: ["questionUr", "questionEn"],
      body: ["answerUr", "answerEn"],
      oneLanguage: "faqOneLanguage",
      headMissing: "faqQuestionMissing",
      bodyMissing: "faqAnswerMissing",
    }),
    { when: () => true },
  );

/** A yes/no setting; absent means `absent` (the form sends both as booleans). */
const flag = (absent: boolean) =>
  z
    .boolean({ error: gigError("invalid") })
    .nullish()
    .transform((value) => value ?? absent);

/** A question the client answers before the work starts; they may attach a file where allowed. */
export const ZGigRequirementInput = z.object({
  question: block(5, REQUIREMENT_QUESTION_MAX),
  required: flag(true),
  allowFile: flag(false),
});

/** Tags are compared as typed but lower-cased, so "Logo" and "logo " are one tag. */
export function normaliseTag(text: string): string {
  return normaliseLine(text).replace(/^#+/, "").trim().toLowerCase();
}

const ZTag = checkedText(TAG_MIN, TAG_MAX).regex(/^[\p{L}\p{M}\p{N}]+(?:[ -][\p{L}\p{M}\p{N}]+)*$/u, {
  error: gigError("tagCharacters"),
});

const ZTags = textList(normaliseTag, ZTag, MAX_TAGS, "tooManyTags", { unique: true });

const ZImageIds = z
  .array(z.string({ error: gigError("invalid") }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: gigError("invalid") }), {
    error: gigError("invalid"),
  })
  .max(MAX_IMAGES, { error: gigError("tooManyImages") })
  .refine((ids) => new Set(ids).size === ids.length, { error: gigError("duplicateImage") })
  .nullish()
  .transform((ids) => ids ?? []);

const ZPackages = z
  .array(ZGigPackageInput, { error: gigError("packagesRequired") })
  .min(1, { error: gigError("packagesRequired") })
  .max(MAX_PACKAGES, { error: gigError("tooManyPackages") })
  .superRefine((packages, ctx) => {
    const seen = new Set<string>();
    for (const [index, pkg] of packages.entries()) {
      if (seen.has(pkg.tier)) ctx.addIssue({ code: "custom", message: gigError("duplicateTier"), path: [index, "tier"] });
      seen.add(pkg.tier);
    }
    if (!seen.has("BASIC")) ctx.addIssue({ code: "custom", message: gigError("basicRequired"), path: [] });
  })
  // Packages are kept in tier order whatever order the form sent them in.
  .transform((packages) => [...packages].sort((a, b) => PACKAGE_TIERS.indexOf(a.tier) - PACKAGE_TIERS.indexOf(b.tier)));

const LANGUAGES = [
  { title: "titleUr", description: "descriptionUr" },
  { title: "titleEn", description: "descriptionEn" },
] as const;

const filled = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";

export const ZGigInput = z
  .object({
    titleUr: optionalLine(TITLE_MIN, TITLE_MAX),
    titleEn: optionalLine(TITLE_MIN, TITLE_MAX),
    descriptionUr: optionalBlock(DESCRIPTION_MIN, DESCRIPTION_MAX),
    descriptionEn: optionalBlock(DESCRIPTION_MIN, DESCRIPTION_MAX),
    categoryId: z
      .string({ error: gigError("categoryRequired") })
      .trim()
      .min(1, { error: gigError("categoryRequired") })
      .max(64, { error: gigError("categoryInvalid") }),
    tags: ZTags,
    packages: ZPackages,
    extras: z
      .array(ZGigExtraInput, { error: gigError("invalid") })
      .max(MAX_EXTRAS, { error: gigError("tooManyExtras") })
      .nullish()
      .transform((extras) => extras ?? []),
    faqs: z
      .array(ZGigFaqInput, { error: gigError("invalid") })
      .max(MAX_FAQS, { error: gigError("tooManyFaqs") })
      .nullish()
      .transform((faqs) => faqs ?? []),
    requirements: z
      .array(ZGigRequirementInput, { error: gigError("invalid") })
      .max(MAX_REQUIREMENTS, { error: gigError("tooManyRequirements") })
      .nullish()
      .transform((requirements) => requirements ?? []),
    imageIds: ZImageIds,
  })
  .superRefine(
    (gig, ctx) => {
      if (typeof gig !== "object" || gig === null) return;
      // Buyers read one language at a time, so a language counts only with title AND description.
      const complete = LANGUAGES.filter((l) => filled(gig[l.title]) && filled(gig[l.description]));
      for (const language of LANGUAGES) {
        const hasTitle = filled(gig[language.title]);
        const hasDescription = filled(gig[language.description]);
        if (hasTitle && !hasDescription) {
          ctx.addIssue({ code: "custom", message: gigError("descriptionMissing"), path: [language.description] });
        }
        if (hasDescription && !hasTitle) {
          ctx.addIssue({ code: "custom", message: gigError("titleMissing"), path: [language.title] });
        }
      }
      const anyText = LANGUAGES.some((l) => filled(gig[l.title]) || filled(gig[l.description]));
      if (complete.length === 0 && !anyText) {
        for (const language of LANGUAGES) {
          ctx.addIssue({ code: "custom", message: gigError("oneLanguageRequired"), path: [language.title] });
        }
      }
    },
    // Runs even when other fields failed, so the form shows every problem at once.
    { when: () => true },
  );

export type GigFormValues = z.input<typeof ZGigInput>;
export type GigInput = z.output<typeof ZGigInput>;
export type GigPackageInput = z.output<typeof ZGigPackageInput>;
export type GigExtraInput = z.output<typeof ZGigExtraInput>;
export type GigFaqInput = z.output<typeof ZGigFaqInput>;
export type GigRequirementInput = z.output<typeof ZGigRequirementInput>;

export const ZReportGig = z.object({
  reason: z.enum(REPORT_REASONS, { error: gigError("reportReasonInvalid") }),
  note: optionalBlock(1, REPORT_NOTE_MAX),
});
export type ReportGigInput = z.output<typeof ZReportGig>;
export type ReportGigValues = z.input<typeof ZReportGig>;

/** What an admin tells the freelancer when rejecting or asking for changes. */
export const ZModerationReason = block(3, MODERATION_REASON_MAX);
