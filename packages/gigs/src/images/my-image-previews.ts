import type { Db } from "@hunar/db/types";
import { gigImageUrl } from "./gig-image-urls.ts";
import { GIG_IMAGE_WIDTHS } from "./limits.ts";

export interface GigImagePreview {
  id: string;
  src: string;
}

/**
 * Thumbnails of the images a gig form lists, in the form's order, only the uploader's own: the
 * ids come from the browser, so anyone else's (or an unknown id) is simply left out.
 */
export async function myImagePreviews(db: Db, userId: string, imageIds: string[]): Promise<GigImagePreview[]> {
  if (imageIds.length === 0) return [];
  const rows = await db.gigImage.findMany({ where: { id: { in: imageIds }, uploaderId: userId }, select: { id: true, storageKey: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return imageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id, src: gigImageUrl(row.storageKey, GIG_IMAGE_WIDTHS.thumbnail) }] : [];
  });
}
