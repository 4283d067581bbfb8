import { validateGigInput } from "@hunar/gigs/parse-gig-input";
import { MAX_IMAGE_BYTES, MAX_IMAGE_MB } from "@hunar/gigs/images/limits";
import { MAX_IMAGES } from "@hunar/gigs/validation";
import { gigFieldsFromForm, gigInputFromFields, slotFieldErrors } from "#app/utils/gig-form-data.ts";
import type { Message } from "#app/utils/form-errors.ts";

/**
 * The same checks as the server, in the browser: the listing schema, plus the chosen files'
 * size and count, so a 6 MB photo is refused before it is uploaded.
 */
export function validateGigForm(form: HTMLFormElement): Record<string, Message> {
  const fields = gigFieldsFromForm(new FormData(form));
  const result = validateGigInput(gigInputFromFields(fields));
  const errors = result.ok ? {} : slotFieldErrors(fields, result.fields);
  const input = form.elements.namedItem("images");
  const files = input instanceof HTMLInputElement ? Array.from(input.files ?? []) : [];
  if (files.some((file) => file.size > MAX_IMAGE_BYTES)) {
    errors.images = { key: "images:errors.tooLarge", params: { maxMb: MAX_IMAGE_MB } };
  } else if (files.length + fields.imageIds.length > MAX_IMAGES) {
    errors.images = { key: "images:errors.tooManyImages", params: { max: MAX_IMAGES } };
  }
  return errors;
}
