import { isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import { createGig } from "@hunar/gigs/create-gig";
import { type GigImagePreview, myImagePreviews } from "@hunar/gigs/images/my-image-previews";
import { uploadGigImage } from "@hunar/gigs/images/upload-gig-image";
import { submitGig } from "@hunar/gigs/submit-gig";
import { updateGig } from "@hunar/gigs/update-gig";
import type { SessionUser } from "@hunar/auth/session";
import { assertEmailVerified } from "@hunar/auth/verified-email";
import type { HunarLoadContext } from "#app/load-context.ts";
import { data, redirect } from "react-router";
import type { FormErrors } from "./form-errors.ts";
import { GIG_IMAGES_FILE_FIELD, readGigForm } from "./read-gig-form.server.ts";
import { emptyGigFields, type GigFormFields, gigFieldsFromForm, gigInputFromFields, slotFieldErrors } from "./gig-form-data.ts";

/** What the form page gets back when the listing cannot be saved as sent. */
export interface GigFormRejection {
  fields: GigFormFields;
  images: GigImagePreview[];
  errors: FormErrors;
}

/**
 * The create and edit pages' action: stream the multipart form in (refusing an oversized file as
 * it arrives), store each new image, then create or update the listing with the kept and new
 * images, and submit it for review when asked. New uploads are kept (pending) when the listing
 * is refused, so the re-shown form still has them and nobody chooses the files again.
 */
export async function saveGigFromForm(
  request: Request,
  { db, imageStorage }: Pick<HunarLoadContext, "db" | "imageStorage">,
  user: SessionUser,
  gigId: string | null,
) {
  const actor = { userId: user.id, isAdmin: user.isAdmin };
  let fields = emptyGigFields();
  try {
    const { form, files } = await readGigForm(request);
    fields = gigFieldsFromForm(form);
    // submitGig refuses an unverified seller too; asking first means nothing is saved, so sending
    // the form again once verified does not leave a second draft behind.
    if (form.get("intent") === "submit") assertEmailVerified(user);
    for (const file of files) {
      const uploaded = await uploadGigImage(db, imageStorage, {
        uploaderId: user.id,
        bytes: new Uint8Array(await file.arrayBuffer()),
        field: GIG_IMAGES_FILE_FIELD,
        // A browser that gives up stops the image work with it.
        signal: request.signal,
      });
      fields.imageIds.push(uploaded.id);
    }
    const input = gigInputFromFields(fields);
    const saved = gigId ? await updateGig(db, actor, gigId, input) : await createGig(db, actor, input);
    const submit = form.get("intent") === "submit" && saved.status === "DRAFT";
    if (submit) await submitGig(db, actor, saved.id);
    return redirect(`/gigs/mine?done=${submit ? "submitted" : saved.status === "DRAFT" ? "saved" : "editSent"}`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors = slotFieldErrors(fields, error.fields ?? {});
    const hasFields = Object.keys(fieldErrors).length > 0;
    const rejection: GigFormRejection = {
      fields,
      images: await myImagePreviews(db, user.id, fields.imageIds),
      errors: {
        fields: fieldErrors,
        form: hasFields ? { key: "pages:gigForm.errorSummary" } : { key: error.messageKey, params: error.params },
      },
    };
    return data(rejection, { status: HTTP_STATUS[error.code] });
  }
}
