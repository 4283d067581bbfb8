import { type AppError, isAppError, type MessageParams } from "@hunar/core/app-error";
import { imageSlots } from "@hunar/core/images/image-slots";
import { newUploadKey } from "@hunar/core/upload-keys";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";
import { attachmentError } from "./attachment-errors.ts";
import { detectFileType } from "./detect-file-type.ts";
import { imageFileName, sanitiseFileName } from "./file-name.ts";
import { ATTACHMENT_ORPHAN_MAX_AGE_MS } from "./limits.ts";
import { processAttachmentImage } from "./process-attachment-image.ts";
import { readLimited } from "./read-limited.ts";
import { unclaimedUpload } from "./unclaimed-upload.ts";

/** Why a file is refused; each feature says it in its own words. */
export const FILE_REFUSALS = ["empty", "tooLarge", "unsupportedType", "unreadableImage", "tooManyPixels", "tooManyPending"] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];

/**
 * Why an image is refused for the bounds on its processing: an animation over the frame or
 * pixel budget, work cut off by the time budget (or re-encoded beyond the size limit), or more
 * images of the person in processing at once than allowed.
 */
export const IMAGE_WORK_REFUSALS = ["animationTooLarge", "tooComplex", "busy"] as const;
export type ImageWorkRefusal = (typeof IMAGE_WORK_REFUSALS)[number];

/** What one feature accepts, and how it words a refusal. */
export interface UploadRules {
  maxBytes: number;
  /**
   * Unclaimed uploads of the area one person may hold at once (a soft cap: two concurrent
   * uploads may both pass). Stops one account filling the disk; older ones are swept anyway.
   */
  maxPending: number;
  /** `tooLarge` is given `{ maxMb }`, `tooManyPending` `{ max }`, `tooManyPixels` `{ maxMegapixels }`. */
  refuse(reason: FileRefusal, params?: MessageParams): AppError;
  /**
   * How the image-work refusals are worded (`animationTooLarge` is given `{ maxFrames,
   * maxMegapixels }`). Without it they are chat's words, `chat:errors.attachments.<reason>`, on
   * the field the feature's own refusals name.
   */
  refuseImageWork?(reason: ImageWorkRefusal, params?: MessageParams): AppError;
}

export type FileUpload = {
  fileName: string;
  now?: Date;
  /**
   * The request's: once it aborts (the person went away) the work stops at the next check and
   * nothing is stored; the signal's reason is thrown.
   */
  signal?: AbortSignal;
} & (
  | { bytes: Uint8Array; stream?: never }
  /** A Node Readable or a web ReadableStream; read only up to the limit. */
  | { stream: AsyncIterable<Uint8Array>; bytes?: never }
);

export const STORED_UPLOAD_SELECT = { id: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true } as const;

export interface StoredUpload {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
}

const CHAT_KEY = "chat:errors.attachments.";
const MIB = 1024 * 1024;

/**
 * The one way a file anyone uploads is checked and stored, whatever it is for: the type comes
 * from the content, never the name; JPEG, PNG, WebP and GIF are re-encoded as WebP without their
 * metadata (pixel floods refused before decoding); PDF, Office, zip and UTF-8 text are stored as
 * sent; the name is cleaned for download. The file goes into the storage's area under a random
 * key, with an Attachment row on nothing: the feature claims it in its own transaction, and the
 * area's sweep deletes it after a day otherwise. Image work is bounded: frames and pixels from the
 * header, a time budget, at most a few images of one person at once, across every feature (`imageSlots`). A refusal is
 * `rules.refuse(reason)` (or `refuseImageWork`) and stores nothing; so does an aborted `signal`.
 */
export async function storeCheckedFile(
  db: Db | Tx,
  storage: UploadStorage,
  uploaderId: string,
  upload: FileUpload,
  rules: UploadRules,
): Promise<StoredUpload> {
  const refusals = inWordsOf(rules);
  const { refuse } = refusals;
  const { signal } = upload;
  const now = upload.now ?? new Date();
  signal?.throwIfAborted();
  const raw = upload.stream
    ? await readLimited(upload.stream, rules.maxBytes).catch((error: unknown) => inOwnWords(error, refusals))
    : upload.bytes;
  if (raw.byteLength > rules.maxBytes) throw refuse("tooLarge");
  if (raw.byteLength === 0) throw refuse("empty");

  const pending = await db.attachment.count({
    where: { ...unclaimedUpload(storage.area), uploaderId, createdAt: { gt: new Date(now.getTime() - ATTACHMENT_ORPHAN_MAX_AGE_MS) } },
  });
  if (pending >= rules.maxPending) throw refuse("tooManyPending", { max: rules.maxPending });

  signal?.throwIfAborted();
  const stored = await prepare(raw, upload.fileName, { uploaderId, maxBytes: rules.maxBytes, signal }).catch((error: unknown) =>
    inOwnWords(error, refusals),
  );
  // Whatever the work cost, a file nobody is waiting for is not stored.
  signal?.throwIfAborted();
  const storageKey = newUploadKey(storage.area);
  await storage.put(storageKey, stored.bytes);
  try {
    return await db.attachment.create({
      data: {
        uploaderId,
        storageKey,
        fileName: stored.fileName,
        mimeType: stored.mimeType,
        byteSize: stored.bytes.byteLength,
        width: stored.width,
        height: stored.height,
        createdAt: now,
      },
      select: STORED_UPLOAD_SELECT,
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

interface PreparedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  width: number | null;
  height: number | null;
}

interface PrepareContext {
  uploaderId: string;
  maxBytes: number;
  signal: AbortSignal | undefined;
}

async function prepare(bytes: Uint8Array, rawName: string, { uploaderId, maxBytes, signal }: PrepareContext): Promise<PreparedFile> {
  const detected = await detectFileType(bytes);
  if (!detected) throw new RefusedFile("unsupportedType");
  if (detected.kind === "image") {
    // In one of the person's image slots (refused when every one is taken); the stored image is
    // no larger than the feature lets anyone send.
    const image = await imageSlots.run(
      uploaderId,
      () => processAttachmentImage(bytes, detected.format, { signal, maxBytes }),
      () => attachmentError("busy"),
    );
    return { bytes: image.bytes, fileName: imageFileName(rawName), mimeType: "image/webp", width: image.width, height: image.height };
  }
  return { bytes, fileName: sanitiseFileName(rawName, detected.ext), mimeType: detected.mimeType, width: null, height: null };
}

class RefusedFile extends Error {
  constructor(readonly reason: FileRefusal) {
    super(reason);
  }
}

interface Refusals {
  refuse: (reason: FileRefusal, params?: MessageParams) => AppError;
  refuseImageWork: (reason: ImageWorkRefusal, params?: MessageParams) => AppError;
}

function inWordsOf(rules: UploadRules): Refusals {
  const refuse = (reason: FileRefusal, params?: MessageParams) =>
    rules.refuse(reason, reason === "tooLarge" ? { maxMb: Math.floor(rules.maxBytes / MIB) } : params);
  const refuseImageWork = (reason: ImageWorkRefusal, params?: MessageParams) => {
    if (rules.refuseImageWork) return rules.refuseImageWork(reason, params);
    // Chat's words on the feature's own field (the one its refusal of an unreadable image names).
    const [field] = Object.keys(rules.refuse("unreadableImage").fields ?? {});
    return attachmentError(reason, params, field);
  };
  return { refuse, refuseImageWork };
}

/** The stream and image checks refuse in chat's words; the same refusal in the feature's. */
function inOwnWords(error: unknown, { refuse, refuseImageWork }: Refusals): never {
  if (error instanceof RefusedFile) throw refuse(error.reason);
  const reason = isAppError(error) && error.messageKey.startsWith(CHAT_KEY) ? error.messageKey.slice(CHAT_KEY.length) : undefined;
  const params = isAppError(error) ? error.params : undefined;
  if (reason && (FILE_REFUSALS as readonly string[]).includes(reason)) throw refuse(reason as FileRefusal, params);
  if (reason && (IMAGE_WORK_REFUSALS as readonly string[]).includes(reason)) throw refuseImageWork(reason as ImageWorkRefusal, params);
  throw error;
}
