import type { AppError } from "@hunar/core/app-error";
import {
  type FileUpload,
  FormDataParseError,
  MaxFileSizeExceededError,
  MaxFilesExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  parseFormData,
} from "@remix-run/form-data-parser";

const ONE_MB = 1024 * 1024;

export interface MultipartFormRules {
  /**
   * The <input type="file"> whose files are wanted, or a test of field names when a form has
   * one per row (`answers.2.file`); other file fields are ignored. Each file keeps its `fieldName`.
   */
  fileField: string | ((fieldName: string) => boolean);
  maxFiles: number;
  maxFileBytes: number;
  /** The whole body; by default every wanted file at full size plus 1 MB of text fields. */
  maxTotalBytes?: number;
  /** The caller's BAD_INPUT for each refusal, on its own field and in its own words. */
  refuse: { tooLarge(): AppError; tooMany(): AppError; unreadable(): AppError };
}

/**
 * Reads a form (multipart or urlencoded) while it streams in, refusing a file over the limit as
 * soon as its first byte too many arrives instead of after buffering it all. Returns the text
 * fields and the non-empty files of `fileField` (a browser sends an empty file part for an
 * <input type="file"> left blank). Too large, too many files, a broken body or one that is not
 * a form at all throw the caller's BAD_INPUT.
 */
export async function readMultipartForm(request: Request, rules: MultipartFormRules): Promise<{ form: FormData; files: FileUpload[] }> {
  const files: FileUpload[] = [];
  const wanted = typeof rules.fileField === "string" ? (name: string) => name === rules.fileField : rules.fileField;
  let form: FormData;
  try {
    form = await parseFormData(
      request,
      {
        maxFileSize: rules.maxFileBytes,
        // One more part than files allowed, so a blank file input beside the real files is no error.
        maxFiles: rules.maxFiles + 1,
        maxTotalSize: rules.maxTotalBytes ?? rules.maxFiles * rules.maxFileBytes + ONE_MB,
      },
      (file) => {
        if (wanted(file.fieldName) && file.size > 0) files.push(file);
        return null;
      },
    );
  } catch (error) {
    throw refusalOf(error, rules.refuse);
  }
  if (files.length > rules.maxFiles) throw rules.refuse.tooMany();
  return { form, files };
}

function refusalOf(error: unknown, refuse: MultipartFormRules["refuse"]): unknown {
  if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError) return refuse.tooLarge();
  if (error instanceof MaxFilesExceededError) return refuse.tooMany();
  // TypeError: the body is not a form at all (text/plain, JSON) and the platform would not read it.
  if (error instanceof FormDataParseError || error instanceof MultipartParseError || error instanceof TypeError) return refuse.unreadable();
  return error;
}
