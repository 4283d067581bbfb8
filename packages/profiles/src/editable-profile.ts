import type { Db, LanguageLevel } from "@hunar/db/types";
import { MAX_CERTIFICATES, MAX_PORTFOLIO_ITEMS, PORTFOLIO_WIDTHS } from "./images/limits.ts";
import { certificateFileUrl, portfolioImageUrl } from "./profile-media-urls.ts";
import { photoSources } from "./public-profile.ts";

/** Everything the owner edits on their profile pages, private details included: for the owner only. */
export interface EditableProfile {
  handle: string | null;
  displayName: string;
  headlineUr: string | null;
  headlineEn: string | null;
  bioUr: string | null;
  bioEn: string | null;
  city: string | null;
  skills: string[];
  languages: { code: string; level: LanguageLevel }[];
  showFirstNameOnly: boolean;
  photo: { src: string; srcSet: string } | null;
  private: { cnic: string | null; ntn: string | null; psebNumber: string | null; cnicVerified: boolean; psebVerified: boolean };
  portfolio: {
    id: string;
    title: string;
    description: string | null;
    link: string | null;
    thumbnail: string;
    width: number;
    height: number;
  }[];
  certificates: { id: string; title: string; issuer: string; issuedOn: Date | null; fileUrl: string | null; fileName: string | null }[];
  limits: { portfolio: number; certificates: number };
}

export async function loadEditableProfile(db: Db, userId: string): Promise<EditableProfile | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      handle: true,
      displayName: true,
      profile: {
        include: {
          languageLevels: { select: { code: true, level: true }, orderBy: { code: "asc" } },
          portfolio: { orderBy: [{ position: "asc" }, { id: "asc" }] },
          certificates: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!user) return null;
  const profile = user.profile;
  return {
    handle: user.handle,
    displayName: user.displayName,
    headlineUr: profile?.headlineUr ?? null,
    headlineEn: profile?.headlineEn ?? null,
    bioUr: profile?.bioUr ?? null,
    bioEn: profile?.bioEn ?? null,
    city: profile?.city ?? null,
    skills: profile?.skills ?? [],
    languages: profile?.languageLevels ?? [],
    showFirstNameOnly: profile?.showFirstNameOnly ?? false,
    photo: profile?.avatarKey ? photoSources(userId, profile.avatarKey) : null,
    private: {
      cnic: profile?.cnic ?? null,
      ntn: profile?.ntn ?? null,
      psebNumber: profile?.psebNumber ?? null,
      cnicVerified: Boolean(profile?.cnicVerifiedAt),
      psebVerified: Boolean(profile?.psebVerifiedAt),
    },
    portfolio: (profile?.portfolio ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      link: item.link,
      thumbnail: portfolioImageUrl(item.id, item.imageKey, PORTFOLIO_WIDTHS[0]),
      width: item.imageWidth,
      height: item.imageHeight,
    })),
    certificates: (profile?.certificates ?? []).map((certificate) => ({
      id: certificate.id,
      title: certificate.title,
      issuer: certificate.issuer,
      issuedOn: certificate.issuedOn,
      fileUrl: certificate.fileKey ? certificateFileUrl(certificate.id) : null,
      fileName: certificate.fileName,
    })),
    limits: { portfolio: MAX_PORTFOLIO_ITEMS, certificates: MAX_CERTIFICATES },
  };
}
