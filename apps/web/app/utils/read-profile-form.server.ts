import { containsControlCharacters } from "@hunar/core/control-characters";
import { fileError } from "@hunar/profiles/images/image-errors";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@hunar/profiles/images/limits";
import { data } from "react-router";
import { readForm } from "./form-data.ts";
import { readMultipartForm } from "./read-multipart-form.server.ts";

export interface ProfileForm {
  form: FormData;
  /** The one file of `fileField`, read into memory (at most 5 MB, refused while streaming beyond). */
  file: { bytes: Uint8Array; name: string } | null;
}

/**
 * A profile page's form: urlencoded forms through the one form reader; a multipart form (a photo,
 * a portfolio image, a certificate file) streamed with one file of at most 5 MB on `fileField`,
 * its text fields held to the same rule as every form (no control characters, 400).
 */
export async function readProfileForm(request: Request, fileField: string): Promise<ProfileForm> {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "multipart/form-data") return { form: await readForm(request), file: null };
  const { form, files } = await readMultipartForm(request, {
    fileField,
    maxFiles: 1,
    maxFileBytes: MAX_UPLOAD_BYTES,
    refuse: {
      tooLarge: () => fileError(fileField, "tooLarge", { maxMb: MAX_UPLOAD_MB }),
      tooMany: () => fileError(fileField, "tooManyFiles"),
      unreadable: () => fileError(fileField, "unreadableForm"),
    },
  });
  for (const value of form.values()) {
    if (typeof value === "string" && containsControlCharacters(value))
      throw data({ messageKey: "errors:controlCharacters" }, { status: 400 });
  }
  const [upload] = files;
  return { form, file: upload ? { bytes: new Uint8Array(await upload.arrayBuffer()), name: upload.name } : null };
}
