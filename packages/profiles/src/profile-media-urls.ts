// Addresses of profile files, for pages (safe in the browser). The `v` query names the stored
// files, so a new photo is a new address and caches never show the old one.

export const PROFILE_MEDIA_PREFIX = "/profile-media";

export function photoUrl(userId: string, fileBase: string, size: number): string {
  return `${PROFILE_MEDIA_PREFIX}/photo/${userId}/${size}?v=${fileBase.slice(0, 12)}`;
}

export function portfolioImageUrl(itemId: string, fileBase: string, width: number): string {
  return `${PROFILE_MEDIA_PREFIX}/portfolio/${itemId}/${width}?v=${fileBase.slice(0, 12)}`;
}

export function certificateFileUrl(certificateId: string): string {
  return `${PROFILE_MEDIA_PREFIX}/certificate/${certificateId}/file`;
}
