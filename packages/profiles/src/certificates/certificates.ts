import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { fileError } from "../images/image-errors.ts";
import { CERTIFICATE_IMAGE_WIDTH, CERTIFICATE_MIN_SIDE, MAX_CERTIFICATES } from "../images/limits.ts";
import { checkBytes, processProfileImage } from "../images/process-image.ts";
import { certificateFileKey, deleteQuietly, newFileBase, putAll } from "../images/profile-files.ts";
import { sniffFileType } from "../images/sniff-file-type.ts";
import { lockProfile } from "../lock-profile.ts";
import { moved } from "../positions.ts";
import { ZCertificateText } from "./certificate-input.ts";

export const CERTIFICATE_FILE_FIELD = "file";
const NOT_FOUND = "profiles:errors.certificateNotFound";
const PDF = "application/pdf";
const WEBP = "image/webp";
const FILE_NAME_MAX = 100;

const tooMany = () => new AppError("INVALID_STATE", "profiles:errors.tooManyCertificates", { params: { max: MAX_CERTIFICATES } });

export interface CertificateFile {
  bytes: Uint8Array;
  /** As the browser sent it: only used as the download's name, never to decide the type. */
  name: string;
}

/**
 * The file as it will be stored, its type from its content: an image is re-encoded (WebP), a PDF
 * is kept as sent (it is served only as a download). Anything else is `unsupportedType`.
 */
async function storedFile(userId: string, file: CertificateFile, field: string, signal?: AbortSignal) {
  checkBytes(file.bytes, field);
  const type = sniffFileType(file.bytes);
  if (type === null) throw fileError(field, "unsupportedType");
  if (type === "pdf") return { mime: PDF, bytes: file.bytes };
  const [variant] = await processProfileImage(
    file.bytes,
    { sizes: [CERTIFICATE_IMAGE_WIDTH], square: false, minSide: CERTIFICATE_MIN_SIDE },
    { userId: userId, field, signal },
  );
  if (!variant) throw fileError(field, "unreadable");
  return { mime: WEBP, bytes: variant.bytes };
}

/** A file name safe to put in a download header: no path, no controls, at most 100 characters. */
export function downloadName(name: string, mime: string): string {
  const base =
    name
      .split(/[\\/]/)
      .at(-1)
      ?.replace(/[^\p{L}\p{N} ._()-]/gu, "")
      .trim()
      .slice(0, FILE_NAME_MAX) ?? "";
  const extension = mime === PDF ? ".pdf" : ".webp";
  const stem = base.replace(/\.[^.]*$/, "") || "certificate";
  return `${stem}${extension}`;
}

/** Adds a certificate (title, issuer, optional date and file) at the end of the owner's list. */
export async function addCertificate(
  db: Db,
  storage: UploadStorage,
  input: { userId: string; text: unknown; file?: CertificateFile | null; signal?: AbortSignal },
): Promise<{ id: string }> {
  const text = parseInput(ZCertificateText, input.text);
  if ((await db.certificate.count({ where: { userId: input.userId } })) >= MAX_CERTIFICATES) throw tooMany();
  const field = CERTIFICATE_FILE_FIELD;
  const file = input.file ? await storedFile(input.userId, input.file, field, input.signal) : null;
  const key = file ? certificateFileKey(newFileBase(), file.mime) : null;
  if (file && key) await putAll(storage, [{ key, bytes: file.bytes }]);
  try {
    return await db.$transaction(async (tx) => {
      await lockProfile(tx, input.userId);
      const items = await tx.certificate.findMany({ where: { userId: input.userId }, select: { position: true } });
      if (items.length >= MAX_CERTIFICATES) throw tooMany();
      return tx.certificate.create({
        data: {
          userId: input.userId,
          ...text,
          fileKey: key,
          fileMime: file?.mime ?? null,
          fileName: file && input.file ? downloadName(input.file.name, file.mime) : null,
          position: Math.max(-1, ...items.map((item) => item.position)) + 1,
        },
        select: { id: true },
      });
    });
  } catch (error) {
    if (key) await deleteQuietly(storage, [key]);
    throw error;
  }
}

/** Removes a certificate and its file; another user's is NOT_FOUND. */
export async function removeCertificate(db: Db, storage: UploadStorage, userId: string, id: string): Promise<void> {
  const certificate = await db.certificate.findFirst({
    where: { id: String(id).slice(0, 64), userId },
    select: { id: true, fileKey: true },
  });
  if (!certificate) throw new AppError("NOT_FOUND", NOT_FOUND);
  await db.certificate.deleteMany({ where: { id: certificate.id, userId } });
  if (certificate.fileKey) await deleteQuietly(storage, [certificate.fileKey]);
}

/** Moves a certificate one place up or down (`{ id, direction }`). */
export async function moveCertificate(db: Db, userId: string, raw: unknown): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockProfile(tx, userId);
    const items = await tx.certificate.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const next = moved(
      items.map((item) => item.id),
      raw,
      NOT_FOUND,
    );
    for (const [position, id] of next.entries()) await tx.certificate.update({ where: { id }, data: { position }, select: { id: true } });
  });
}
