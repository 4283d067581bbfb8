import { activeUserWhere } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { AVATAR_SIZES, PORTFOLIO_WIDTHS } from "./images/limits.ts";
import { imageVariantKey } from "./images/profile-files.ts";

export type ProfileMediaKind = "photo" | "portfolio" | "certificate";

export interface ProfileMediaRequest {
  kind: string;
  id: string;
  /** The size of an image, as in its URL; ignored for certificate files. */
  size?: string | undefined;
}

export interface ProfileMedia {
  key: string;
  contentType: string;
  /** A certificate's name for the download (never shown inline). */
  downloadName: string | null;
  /** Anyone may see it (cacheable); false for what only the owner sees, such as a hidden photo. */
  isPublic: boolean;
}

const ID = /^[a-z0-9]{1,64}$/i;
const sizeOf = (value: string | undefined, sizes: readonly number[]) => {
  const size = Number(value);
  return sizes.includes(size) ? size : null;
};

/**
 * A profile file the viewer may see, or null (unknown, not theirs to see, suspended owner): the
 * serving route answers 404 alike. A photo is hidden from others when its owner shows only their
 * first name; portfolio and certificate files are public while their owner's account is active.
 */
export async function findProfileMedia(db: Db, request: ProfileMediaRequest, viewerId: string | null): Promise<ProfileMedia | null> {
  if (!ID.test(request.id)) return null;
  if (request.kind === "photo") return photo(db, request, viewerId);
  if (request.kind === "portfolio") return portfolioImage(db, request, viewerId);
  if (request.kind === "certificate") return certificateFile(db, request, viewerId);
  return null;
}

async function photo(db: Db, request: ProfileMediaRequest, viewerId: string | null): Promise<ProfileMedia | null> {
  const size = sizeOf(request.size, AVATAR_SIZES);
  if (size === null) return null;
  const profile = await db.profile.findFirst({
    where: { userId: request.id, avatarKey: { not: null }, user: activeUserWhere },
    select: { avatarKey: true, showFirstNameOnly: true },
  });
  if (!profile?.avatarKey) return null;
  const own = viewerId === request.id;
  if (profile.showFirstNameOnly && !own) return null;
  return {
    key: imageVariantKey(profile.avatarKey, size),
    contentType: "image/webp",
    downloadName: null,
    isPublic: !profile.showFirstNameOnly,
  };
}

async function portfolioImage(db: Db, request: ProfileMediaRequest, viewerId: string | null): Promise<ProfileMedia | null> {
  const size = sizeOf(request.size, PORTFOLIO_WIDTHS);
  if (size === null) return null;
  const item = await db.portfolioItem.findFirst({
    where: { id: request.id, profile: { user: activeUserWhere } },
    select: { imageKey: true, userId: true },
  });
  if (!item) return null;
  return { key: imageVariantKey(item.imageKey, size), contentType: "image/webp", downloadName: null, isPublic: item.userId !== viewerId };
}

async function certificateFile(db: Db, request: ProfileMediaRequest, viewerId: string | null): Promise<ProfileMedia | null> {
  const certificate = await db.certificate.findFirst({
    where: { id: request.id, fileKey: { not: null }, profile: { user: activeUserWhere } },
    select: { fileKey: true, fileMime: true, fileName: true, userId: true },
  });
  if (!certificate?.fileKey || !certificate.fileMime) return null;
  return {
    key: certificate.fileKey,
    contentType: certificate.fileMime,
    downloadName: certificate.fileName,
    isPublic: certificate.userId !== viewerId,
  };
}
