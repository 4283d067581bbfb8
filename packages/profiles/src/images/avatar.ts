import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { AVATAR_MIN_SIDE, AVATAR_SIZES } from "./limits.ts";
import { processProfileImage } from "./process-image.ts";
import { deleteQuietly, imageVariantKey, newFileBase, putAll } from "./profile-files.ts";

export const AVATAR_FIELD = "photo";

const avatarKeys = (base: string) => AVATAR_SIZES.map((size) => imageVariantKey(base, size));

/**
 * Sets the user's photo: re-encoded, cropped square, stored in every size under a new key (so a
 * cached old photo is never served for the new one). The old files go once the row points away.
 */
export async function setAvatar(
  db: Db,
  storage: UploadStorage,
  input: { userId: string; bytes: Uint8Array; signal?: AbortSignal },
): Promise<{ avatarKey: string }> {
  const field = AVATAR_FIELD;
  const variants = await processProfileImage(
    input.bytes,
    { sizes: AVATAR_SIZES, square: true, minSide: AVATAR_MIN_SIDE },
    { userId: input.userId, field, signal: input.signal },
  );
  const base = newFileBase();
  await putAll(
    storage,
    variants.map((variant) => ({ key: imageVariantKey(base, variant.size), bytes: variant.bytes })),
  );
  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({ where: { userId: input.userId }, select: { avatarKey: true } });
      await tx.profile.upsert({
        where: { userId: input.userId },
        create: { userId: input.userId, avatarKey: base },
        update: { avatarKey: base },
        select: { userId: true },
      });
      return before?.avatarKey ?? null;
    });
  } catch (error) {
    await deleteQuietly(storage, avatarKeys(base));
    throw error;
  }
  if (previous) await deleteQuietly(storage, avatarKeys(previous));
  return { avatarKey: base };
}

/** Removes the user's photo and its files; nothing to remove is not an error. */
export async function removeAvatar(db: Db, storage: UploadStorage, userId: string): Promise<void> {
  const before = await db.profile.findUnique({ where: { userId }, select: { avatarKey: true } });
  if (!before?.avatarKey) return;
  await db.profile.updateMany({ where: { userId, avatarKey: before.avatarKey }, data: { avatarKey: null } });
  await deleteQuietly(storage, avatarKeys(before.avatarKey));
}

export { avatarKeys };
