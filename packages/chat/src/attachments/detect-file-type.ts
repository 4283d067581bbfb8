import { fileTypeFromBuffer } from "file-type";

export type DetectedFile = { kind: "image"; format: "jpeg" | "png" | "webp" | "gif" } | { kind: "document"; mimeType: string; ext: string };

// Types accepted as documents, by the MIME type file-type reports from the content. Office files
// are zip archives; file-type looks inside to tell a .docx from any other zip.
const DOCUMENTS: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/zip": "zip",
};

const IMAGES: Record<string, "jpeg" | "png" | "webp" | "gif"> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
};

// Markup that a browser might render if a file ever reached it as text/html; it is no "plain
// text", whatever its name says.
const MARKUP = /<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|style|link|\?xml)\b/i;

/**
 * What a file is, from its bytes alone (never its name), or null when it is none of the kinds a
 * chat accepts.
 */
export async function detectFileType(bytes: Uint8Array): Promise<DetectedFile | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const image = IMAGES[detected.mime];
    if (image) return { kind: "image", format: image };
    const ext = DOCUMENTS[detected.mime];
    return ext ? { kind: "document", mimeType: detected.mime, ext } : null;
  }
  return isPlainText(bytes) ? { kind: "document", mimeType: "text/plain", ext: "txt" } : null;
}

/** Valid UTF-8 without control characters (other than tabs and line breaks) and without markup. */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return !start.startsWith("<") && !MARKUP.test(text);
}
