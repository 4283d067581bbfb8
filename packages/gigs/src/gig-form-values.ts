import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { GIG_REF_SELECT, type GigActor, type GigRef } from "./gig-actor.ts";
import { rupeesFromPaisa } from "./money.ts";
import { listingOfRevision } from "./revision-data.ts";
import { type GigInput, PACKAGE_TIERS } from "./validation.ts";

export interface GigFormImage {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  variantWidths: number[];
}

export interface GigFormPrefill {
  gig: GigRef & { rejectionReason: string | null };
  /** The listing as the form shows it: the pending edit if there is one, else the gig itself. */
  values: GigInput;
  /** The images `values.imageIds` names, in that order. */
  images: GigFormImage[];
  pendingRevisionId: string | null;
}

/** Prefill of the edit form: the owner's own gig only (FORBIDDEN otherwise). */
export async function loadGigFormValues(db: Db | Tx, actor: GigActor, gigId: string): Promise<GigFormPrefill> {
  const gig = await db.gig.findUnique({
    where: { id: gigId },
    select: {
      ...GIG_REF_SELECT,
      freelancerId: true,
      rejectionReason: true,
      titleUr: true,
      titleEn: true,
      descriptionUr: true,
      descriptionEn: true,
      categoryId: true,
      packages: true,
      tags: { select: { tag: { select: { label: true } } } },
      extras: { orderBy: { position: "asc" } },
      faqs: { orderBy: { position: "asc" } },
      requirements: { orderBy: { position: "asc" } },
      images: { orderBy: { position: "asc" }, select: { id: true } },
      revisions: { where: { status: "PENDING_REVIEW" }, take: 1, select: { id: true, data: true } },
    },
  });
  if (!gig) throw new AppError("NOT_FOUND", "errors:notFound");
  if (gig.freelancerId !== actor.userId) throw new AppError("FORBIDDEN", "errors:forbidden");

  const pending = gig.revisions[0];
  const pendingListing = pending ? listingOfRevision(pending.data) : null;
  const values: GigInput = pendingListing ?? {
    titleUr: gig.titleUr,
    titleEn: gig.titleEn,
    descriptionUr: gig.descriptionUr,
    descriptionEn: gig.descriptionEn,
    categoryId: gig.categoryId,
    tags: gig.tags.map((t) => t.tag.label),
    packages: [...gig.packages]
      .sort((a, b) => PACKAGE_TIERS.indexOf(a.tier) - PACKAGE_TIERS.indexOf(b.tier))
      .map((p) => ({
        tier: p.tier,
        nameUr: p.nameUr,
        nameEn: p.nameEn,
        descriptionUr: p.descriptionUr,
        descriptionEn: p.descriptionEn,
        priceRupees: rupeesFromPaisa(p.pricePaisa),
        deliveryDays: p.deliveryDays,
        revisions: p.revisions,
        featuresUr: p.featuresUr,
        featuresEn: p.featuresEn,
      })),
    extras: gig.extras.map((e) => ({
      id: e.id,
      titleUr: e.titleUr,
      titleEn: e.titleEn,
      descriptionUr: e.descriptionUr,
      descriptionEn: e.descriptionEn,
      priceRupees: rupeesFromPaisa(e.pricePaisa),
      extraDays: e.extraDays,
    })),
    faqs: gig.faqs.map((f) => ({ questionUr: f.questionUr, questionEn: f.questionEn, answerUr: f.answerUr, answerEn: f.answerEn })),
    requirements: gig.requirements.map((r) => ({ question: r.question, required: r.required, allowFile: r.allowFile })),
    imageIds: gig.images.map((i) => i.id),
  };
  const found = await db.gigImage.findMany({
    where: { id: { in: values.imageIds }, uploaderId: gig.freelancerId },
    select: { id: true, storageKey: true, width: true, height: true, variantWidths: true },
  });
  const byId = new Map(found.map((image) => [image.id, image]));
  return {
    gig: { id: gig.id, slug: gig.slug, status: gig.status, rejectionReason: gig.rejectionReason },
    values,
    images: values.imageIds.flatMap((id) => byId.get(id) ?? []),
    pendingRevisionId: pendingListing && pending ? pending.id : null,
  };
}
