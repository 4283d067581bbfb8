import type { FieldError } from "@hunar/core/app-error";

// The gig form posts flat, dotted field names (`packages.1.priceRupees`, `faqs.3.answerUr`) so that
// it works as a plain HTML form with fixed slots: 3 packages (one per tier), 5 extras, 10 FAQ
// rows, 10 requirement questions and 5 tags. Blank slots are dropped before validation. The domain reports errors by the
// index in the list it received, so the list is compacted here and errors are mapped back to the
// slot they came from. Shared by the action (server) and inline validation (browser).

export const PACKAGE_SLOTS = ["BASIC", "STANDARD", "PREMIUM"] as const;
export type PackageSlotTier = (typeof PACKAGE_SLOTS)[number];
export const EXTRA_SLOTS = 5;
export const FAQ_SLOTS = 10;
export const REQUIREMENT_SLOTS = 10;
/** A select value meaning "no limit" on revisions, as the domain accepts it. */
export const UNLIMITED_REVISIONS = "unlimited";

export interface PackageFormValues {
  tier: PackageSlotTier;
  nameUr: string;
  nameEn: string;
  descriptionUr: string;
  descriptionEn: string;
  priceRupees: string;
  deliveryDays: string;
  revisions: string;
  featuresUr: string[];
  featuresEn: string[];
}

export interface ExtraFormValues {
  /** The row of the form it was typed in, so a re-rendered form puts it back there. */
  slot: number;
  id: string;
  titleUr: string;
  titleEn: string;
  descriptionUr: string;
  descriptionEn: string;
  priceRupees: string;
  extraDays: string;
}

export interface FaqFormValues {
  slot: number;
  questionUr: string;
  questionEn: string;
  answerUr: string;
  answerEn: string;
}

export interface GigFormFields {
  titleUr: string;
  titleEn: string;
  descriptionUr: string;
  descriptionEn: string;
  categoryId: string;
  tags: string[];
  packages: PackageFormValues[];
  extras: ExtraFormValues[];
  faqs: FaqFormValues[];
  /** The checkboxes as ticked; a row counts only with its question typed. */
  requirements: { slot: number; question: string; required: boolean; allowFile: boolean }[];
  imageIds: string[];
}

type Entries = Pick<FormData, "get" | "getAll">;

function text(form: Entries, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

const isBlank = (...values: string[]) => values.every((value) => value.trim() === "");

/** The features textarea: one feature per line, blank lines ignored. */
export function featureLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The tags input: separated by commas (Latin or Urdu), blanks ignored. */
export function tagList(value: string): string[] {
  return value
    .split(/[,،]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}

/** Reads the posted form into the listing's values, blank slots left out, in slot order. */
export function gigFieldsFromForm(form: Entries): GigFormFields {
  const packages: PackageFormValues[] = [];
  PACKAGE_SLOTS.forEach((tier, slot) => {
    const p = (field: string) => text(form, `packages.${slot}.${field}`);
    const featuresUr = featureLines(p("featuresUr"));
    const featuresEn = featureLines(p("featuresEn"));
    const texts = [p("nameUr"), p("nameEn"), p("descriptionUr"), p("descriptionEn"), ...featuresUr, ...featuresEn];
    // The revisions select always has a value, so it alone never makes a package.
    if (isBlank(...texts, p("priceRupees"), p("deliveryDays"))) return;
    packages.push({
      tier,
      nameUr: p("nameUr"),
      nameEn: p("nameEn"),
      descriptionUr: p("descriptionUr"),
      descriptionEn: p("descriptionEn"),
      priceRupees: p("priceRupees"),
      deliveryDays: p("deliveryDays"),
      revisions: p("revisions"),
      featuresUr,
      featuresEn,
    });
  });

  const extras: GigFormFields["extras"] = [];
  for (let slot = 0; slot < EXTRA_SLOTS; slot++) {
    const e = (field: string) => text(form, `extras.${slot}.${field}`);
    if (isBlank(e("titleUr"), e("titleEn"), e("descriptionUr"), e("descriptionEn"), e("priceRupees"), e("extraDays"))) continue;
    // A row emptied of everything but its hidden id is an extra the freelancer removed.
    extras.push({
      slot,
      id: e("id"),
      titleUr: e("titleUr"),
      titleEn: e("titleEn"),
      descriptionUr: e("descriptionUr"),
      descriptionEn: e("descriptionEn"),
      priceRupees: e("priceRupees"),
      extraDays: e("extraDays"),
    });
  }

  const faqs: GigFormFields["faqs"] = [];
  for (let slot = 0; slot < FAQ_SLOTS; slot++) {
    const f = (field: string) => text(form, `faqs.${slot}.${field}`);
    const faq = { slot, questionUr: f("questionUr"), questionEn: f("questionEn"), answerUr: f("answerUr"), answerEn: f("answerEn") };
    if (isBlank(faq.questionUr, faq.questionEn, faq.answerUr, faq.answerEn)) continue;
    faqs.push(faq);
  }

  const requirements: GigFormFields["requirements"] = [];
  for (let slot = 0; slot < REQUIREMENT_SLOTS; slot++) {
    const r = (field: string) => text(form, `requirements.${slot}.${field}`);
    // The checkboxes keep their defaults on an empty row, so they alone never make a question.
    if (isBlank(r("question"))) continue;
    requirements.push({ slot, question: r("question"), required: r("required") !== "", allowFile: r("allowFile") !== "" });
  }

  const tags = tagList(text(form, "tags"));

  return {
    titleUr: text(form, "titleUr"),
    titleEn: text(form, "titleEn"),
    descriptionUr: text(form, "descriptionUr"),
    descriptionEn: text(form, "descriptionEn"),
    categoryId: text(form, "categoryId"),
    tags,
    packages,
    extras,
    faqs,
    requirements,
    imageIds: form.getAll("imageIds").filter((id): id is string => typeof id === "string" && id !== ""),
  };
}

/** What the domain validates: the same values without form slots, unlimited revisions as it spells them. */
export function gigInputFromFields(fields: GigFormFields) {
  return {
    ...fields,
    packages: fields.packages.map((pkg) => ({
      ...pkg,
      revisions: pkg.revisions === UNLIMITED_REVISIONS ? null : pkg.revisions,
    })),
    extras: fields.extras.map(({ slot: _slot, ...extra }) => ({
      ...extra,
      id: extra.id === "" ? null : extra.id,
      extraDays: extra.extraDays.trim() === "" ? 0 : extra.extraDays,
    })),
    faqs: fields.faqs.map(({ slot: _slot, ...faq }) => faq),
    requirements: fields.requirements.map(({ slot: _slot, ...requirement }) => requirement),
  };
}

/**
 * The domain's field errors keyed by the form's slots: a list index becomes the slot the row was
 * typed in (a package's slot is its tier), a feature's error lands on the features textarea, and
 * every tag's on the one tags input.
 */
export function slotFieldErrors(fields: GigFormFields, errors: Record<string, FieldError>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const [path, error] of Object.entries(errors)) {
    const row = /^(packages|extras|faqs|requirements)\.(\d+)(?:\.(\w+))?/.exec(path);
    let key = path;
    if (row) {
      const [, list, index, field] = row;
      const slot = slotOf(fields, list as SlotList, Number(index));
      key = field ? `${list}.${slot}.${field}` : `${list}.${slot}`;
    } else if (/^imageIds(\.|$)/.test(path)) {
      key = "images";
    } else if (/^tags\./.test(path)) {
      key = "tags";
    }
    // The first error of a field is the one shown.
    out[key] ??= error;
  }
  return out;
}

type SlotList = "packages" | "extras" | "faqs" | "requirements";

function slotOf(fields: GigFormFields, list: SlotList, index: number): number {
  if (list === "packages") {
    const tier = fields.packages[index]?.tier;
    return tier ? PACKAGE_SLOTS.indexOf(tier) : index;
  }
  return fields[list][index]?.slot ?? index;
}

/** The package of a tier, for filling its slot in the form. */
export function packageInSlot(fields: Pick<GigFormFields, "packages">, tier: PackageSlotTier): PackageFormValues | undefined {
  return fields.packages.find((pkg) => pkg.tier === tier);
}

export function emptyGigFields(): GigFormFields {
  return {
    titleUr: "",
    titleEn: "",
    descriptionUr: "",
    descriptionEn: "",
    categoryId: "",
    tags: [],
    packages: [],
    extras: [],
    faqs: [],
    requirements: [],
    imageIds: [],
  };
}

/** Plain stored values (numbers, nulls), as the edit page loads them. */
export interface StoredGigValues {
  titleUr?: string | null;
  titleEn?: string | null;
  descriptionUr?: string | null;
  descriptionEn?: string | null;
  categoryId: string;
  tags?: readonly string[] | null;
  packages: readonly {
    tier: string;
    nameUr?: string | null;
    nameEn?: string | null;
    descriptionUr?: string | null;
    descriptionEn?: string | null;
    priceRupees: number | string;
    deliveryDays: number | string;
    revisions: number | string | null;
    featuresUr?: readonly string[] | null;
    featuresEn?: readonly string[] | null;
  }[];
  extras?:
    | readonly {
        id?: string | null;
        titleUr?: string | null;
        titleEn?: string | null;
        descriptionUr?: string | null;
        descriptionEn?: string | null;
        priceRupees: number | string;
        extraDays?: number | string | null;
      }[]
    | null;
  faqs?: readonly { questionUr?: string | null; questionEn?: string | null; answerUr?: string | null; answerEn?: string | null }[] | null;
  requirements?: readonly { question: string; required?: boolean | null; allowFile?: boolean | null }[] | null;
  imageIds?: readonly string[] | null;
}

const str = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** A saved listing (or its pending edit) as the form shows it. */
export function gigFieldsFromValues(values: StoredGigValues): GigFormFields {
  return {
    titleUr: str(values.titleUr),
    titleEn: str(values.titleEn),
    descriptionUr: str(values.descriptionUr),
    descriptionEn: str(values.descriptionEn),
    categoryId: values.categoryId,
    tags: [...(values.tags ?? [])],
    packages: values.packages
      .filter((pkg): pkg is typeof pkg & { tier: PackageSlotTier } => (PACKAGE_SLOTS as readonly string[]).includes(pkg.tier))
      .map((pkg) => ({
        tier: pkg.tier,
        nameUr: str(pkg.nameUr),
        nameEn: str(pkg.nameEn),
        descriptionUr: str(pkg.descriptionUr),
        descriptionEn: str(pkg.descriptionEn),
        priceRupees: str(pkg.priceRupees),
        deliveryDays: str(pkg.deliveryDays),
        revisions: pkg.revisions === null ? UNLIMITED_REVISIONS : str(pkg.revisions),
        featuresUr: [...(pkg.featuresUr ?? [])],
        featuresEn: [...(pkg.featuresEn ?? [])],
      })),
    extras: (values.extras ?? []).map((extra, slot) => ({
      slot,
      id: str(extra.id),
      titleUr: str(extra.titleUr),
      titleEn: str(extra.titleEn),
      descriptionUr: str(extra.descriptionUr),
      descriptionEn: str(extra.descriptionEn),
      priceRupees: str(extra.priceRupees),
      extraDays: str(extra.extraDays),
    })),
    faqs: (values.faqs ?? []).map((faq, slot) => ({
      slot,
      questionUr: str(faq.questionUr),
      questionEn: str(faq.questionEn),
      answerUr: str(faq.answerUr),
      answerEn: str(faq.answerEn),
    })),
    requirements: (values.requirements ?? []).map((requirement, slot) => ({
      slot,
      question: requirement.question,
      required: requirement.required ?? true,
      allowFile: requirement.allowFile ?? false,
    })),
    imageIds: [...(values.imageIds ?? [])],
  };
}
