import type { UploadStorage } from "@hunar/core/upload-storage";
import { DEMO_EMAIL_DOMAIN } from "@hunar/db/seed";
import type { Db } from "@hunar/db/types";
import sharp, { type OutputInfo, type OverlayOptions } from "sharp";
import { newGigImageKey, variantStorageKey } from "../images/gig-image-urls.ts";
import { GIG_IMAGE_VARIANT_WIDTHS } from "../images/limits.ts";
import { COVER_WIDTH, categoryArtSvg, TITLE_WIDTH, titleOverlay } from "./cover-art.ts";
import { urduTitleImage } from "./urdu-title.ts";

const WEBP = "image/webp";

export interface SeedDemoCoversOptions {
  /** Whose gigs are demo gigs: their sellers' e-mail domain. */
  emailDomain?: string;
}

/**
 * Gives every published demo gig without an image a cover, stored like an upload (a WebP per
 * stored width under a random key, one GigImage row on the gig, uploaded by its seller), so the
 * demo's home page and search show pictures rather than empty boxes. Each category's art is
 * rendered once and each gig only adds its title. Idempotent: a gig that has any image (a cover
 * from an earlier run, or one its seller uploaded) is left alone.
 */
export async function seedDemoCovers(db: Db, storage: UploadStorage, options: SeedDemoCoversOptions = {}): Promise<{ created: number }> {
  const domain = options.emailDomain ?? DEMO_EMAIL_DOMAIN;
  const gigs = await db.gig.findMany({
    where: { status: "PUBLISHED", images: { none: {} }, freelancer: { email: { endsWith: `@${domain}` } } },
    select: {
      id: true,
      freelancerId: true,
      titleUr: true,
      titleEn: true,
      category: { select: { slug: true, nameEn: true, parent: { select: { slug: true, nameEn: true } } } },
    },
    orderBy: { slug: "asc" },
  });
  const art = new Map<string, Promise<Buffer>>();
  for (const gig of gigs) {
    const top = gig.category.parent ?? gig.category;
    let background = art.get(top.slug);
    if (!background) {
      background = sharp(Buffer.from(categoryArtSvg(top.slug)))
        .png({ compressionLevel: 0 })
        .toBuffer();
      art.set(top.slug, background);
    }
    // Each title in its own script: the Urdu one in Nastaliq, drawn apart and laid into the band.
    const urdu = gig.titleUr ? await urduTitleImage(gig.titleUr, TITLE_WIDTH) : null;
    const band = titleOverlay(gig.titleEn ?? "", top.nameEn, urdu?.height ?? 0);
    const layers: OverlayOptions[] = [{ input: Buffer.from(band.svg) }];
    if (urdu) layers.push({ input: urdu.data, top: band.urduTop, left: COVER_WIDTH - 110 - urdu.width });
    const cover = await sharp(await background)
      .composite(layers)
      .raw()
      .toBuffer({ resolveWithObject: true });
    await storeCover(db, storage, gig, cover);
  }
  return { created: gigs.length };
}

async function storeCover(
  db: Db,
  storage: UploadStorage,
  gig: { id: string; freelancerId: string; titleUr: string | null; titleEn: string | null },
  cover: { data: Buffer; info: OutputInfo },
): Promise<void> {
  const storageKey = newGigImageKey();
  const variants: OutputInfo[] = [];
  for (const width of GIG_IMAGE_VARIANT_WIDTHS) {
    const raw = { width: cover.info.width, height: cover.info.height, channels: cover.info.channels };
    const { data, info } = await sharp(cover.data, { raw })
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80, effort: 1 })
      .toBuffer({ resolveWithObject: true });
    await storage.put(variantStorageKey(storageKey, width), data);
    variants.push(info);
  }
  const display = variants.at(-1);
  if (!display) throw new Error("GIG_IMAGE_VARIANT_WIDTHS is empty");
  await db.gigImage.create({
    data: {
      gigId: gig.id,
      uploaderId: gig.freelancerId,
      storageKey,
      mimeType: WEBP,
      width: display.width,
      height: display.height,
      byteSize: display.size,
      variantWidths: [...GIG_IMAGE_VARIANT_WIDTHS],
      position: 0,
      altUr: gig.titleUr,
      altEn: gig.titleEn,
    },
  });
}
