import {
  FormDataParseError,
  MaxFileSizeExceededError,
  MaxFilesExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  parseFormData,
} from "@remix-run/form-data-parser";
import { imageError } from "./image-errors.ts";
import { MAX_GIG_IMAGES, MAX_IMAGE_BYTES, MAX_IMAGE_MB } from "./limits.ts";

export interface ReadUploadFormOptions {
  /** The <input type="file"> whose files are wanted; other file fields are ignored. */
  fileField?: string;
  maxFiles?: number;
}

const ONE_MB = 1024 * 1024;

/** The <input type="file" name="images" multiple> of the gig form. */
export const UPLOAD_FILE_FIELD = "images";

/**
 * Reads a route action's form (multipart or urlencoded) while it streams in, refusing a file
 * over 5 MB as soon as its 5 MB + 1st byte arrives instead of after buffering it all. Returns the
 * text fields and the non-empty files of `fileField` (a browser sends an empty file part for an
 * <input type="file"> left blank). Over-size, too many files or a broken body throw BAD_INPUT
 * on `fileField`.
 */
export async function readUploadForm(request: Request, options: ReadUploadFormOptions = {}): Promise<{ form: FormData; files: File[] }> {
  const fileField = options.fileField ?? UPLOAD_FILE_FIELD;
  const maxFiles = options.maxFiles ?? MAX_GIG_IMAGES;
  const files: File[] = [];
  let form: FormData;
  try {
    form = await parseFormData(
      request,
      {
        maxFileSize: MAX_IMAGE_BYTES,
        // One more than wanted, so a blank file input beside the real files is no error.
        maxFiles: maxFiles + 1,
        // Every wanted file at full size plus the text fields of a long form.
        maxTotalSize: maxFiles * MAX_IMAGE_BYTES + ONE_MB,
      },
      (file) => {
        if (file.fieldName === fileField && file.size > 0) files.push(file);
        return null;
      },
    );
  } catch (error) {
    throw formError(error, fileField, maxFiles);
  }
  if (files.length > maxFiles) throw imageError(fileField, "tooManyImages", { max: maxFiles });
  return { form, files };
}

function formError(error: unknown, field: string, maxFiles: number): unknown {
  if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError) {
    return imageError(field, "tooLarge", { maxMb: MAX_IMAGE_MB });
  }
  if (error instanceof MaxFilesExceededError) return imageError(field, "tooManyImages", { max: maxFiles });
  if (error instanceof FormDataParseError || error instanceof MultipartParseError) {
    return imageError(field, "unreadableForm");
  }
  return error;
}
