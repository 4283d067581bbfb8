import { imageError } from "@hunar/gigs/images/image-errors";
import { MAX_GIG_IMAGES, MAX_IMAGE_BYTES, MAX_IMAGE_MB } from "@hunar/gigs/images/limits";
import { readMultipartForm } from "./read-multipart-form.server.ts";

/** The <input type="file" name="images" multiple> of the gig form. */
export const GIG_IMAGES_FILE_FIELD = "images";

/**
 * The gig form with its new images, streamed in: a file over 5 MB is refused as its 5 MB + 1st
 * byte arrives. Too large, too many or a broken body throw BAD_INPUT on `images`
 * (images:errors.*).
 */
export function readGigForm(request: Request): Promise<{ form: FormData; files: File[] }> {
  const field = GIG_IMAGES_FILE_FIELD;
  return readMultipartForm(request, {
    fileField: field,
    maxFiles: MAX_GIG_IMAGES,
    maxFileBytes: MAX_IMAGE_BYTES,
    refuse: {
      tooLarge: () => imageError(field, "tooLarge", { maxMb: MAX_IMAGE_MB }),
      tooMany: () => imageError(field, "tooManyImages", { max: MAX_GIG_IMAGES }),
      unreadable: () => imageError(field, "unreadableForm"),
    },
  });
}
