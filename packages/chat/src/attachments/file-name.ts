import { MAX_FILE_NAME_LENGTH } from "./limits.ts";

// Characters that are unsafe or confusing in a download name: path separators, characters
// Windows refuses, and invisible bidirectional controls that can make "exe.pdf" read as "fdp.exe".
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Extensions kept as they are for plain text; anything else gets ".txt" added. */
const TEXT_EXTENSIONS = new Set(["txt", "csv", "tsv", "md", "log"]);

/**
 * The name shown and offered as the download name: the last path segment of what the browser
 * sent, without unsafe characters, ending in the extension of the type found in the content
 * (added when the name claims another one), at most 120 characters.
 */
export function sanitiseFileName(raw: string, ext: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  let name = lastSegment
    .normalize("NFC")
    .replace(UNSAFE, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  const current = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const matches =
    current === ext || (ext === "jpeg" && current === "jpg") || (ext === "txt" && current !== undefined && TEXT_EXTENSIONS.has(current));
  let base = matches ? name.slice(0, name.length - (current?.length ?? 0) - 1) : name;
  const suffix = matches ? `.${current}` : `.${ext}`;
  if (base === "") base = "file";
  // Cut by code points so an Urdu name is never split inside a character.
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  base = Array.from(base).slice(0, room).join("").trimEnd();
  name = `${base}${suffix}`;
  return name;
}

/** For a re-encoded image: the same name, now ending in .webp. */
export function imageFileName(raw: string): string {
  const withoutExt = raw.replace(/\.(?:jpe?g|png|gif|webp)$/i, "");
  return sanitiseFileName(`${withoutExt}.webp`, "webp");
}
