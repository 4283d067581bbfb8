import { activeUserWhere } from "@hunar/db/active-user";
import type { Db, LanguageLevel, Prisma } from "@hunar/db/types";
import { looksLikeHandle } from "./handle-rules.ts";
import { AVATAR_SIZES, PORTFOLIO_WIDTHS } from "./images/limits.ts";
import { certificateFileUrl, photoUrl, portfolioImageUrl } from "./profile-media-urls.ts";
import { publicName } from "@hunar/db/public-name";

export interface PublicPortfolioItem {
  id: string;
  title: string;
  description: string | null;
  link: string | null;
  image: { src: string; srcSet: string; width: number; height: number };
}

export interface PublicCertificate {
  id: string;
  title: string;
  issuer: string;
  issuedOn: Date | null;
  file: { url: string; kind: "pdf" | "image" } | null;
}

/**
 * What anyone may see of a person: never their e-mail, CNIC, NTN or PSEB number, only badges for
 * what an admin verified. With `showFirstNameOnly`, only the first name and the city are
 * personal (no photo, no bio or headline that could name them, no last seen).
 */
export interface PublicProfile {
  id: string;
  handle: string | null;
  name: string;
  firstNameOnly: boolean;
  /** "WORK" and "BOTH" accounts are freelancers; "HIRE" accounts get the short client view. */
  isFreelancer: boolean;
  photo: { src: string; srcSet: string } | null;
  headlineUr: string | null;
  headlineEn: string | null;
  bioUr: string | null;
  bioEn: string | null;
  city: string | null;
  languages: { code: string; level: LanguageLevel }[];
  skills: string[];
  memberSince: Date;
  lastSeenAt: Date | null;
  badges: { cnicVerified: boolean; psebVerified: boolean };
  portfolio: PublicPortfolioItem[];
  certificates: PublicCertificate[];
  asClient: { completedOrders: number; rating: number | null; ratingCount: number };
}

// Only public columns are selected: the private ones are never read for this page.
const PUBLIC_SELECT = {
  id: true,
  handle: true,
  displayName: true,
  intent: true,
  createdAt: true,
  lastSeenAt: true,
  profile: {
    select: {
      headlineUr: true,
      headlineEn: true,
      bioUr: true,
      bioEn: true,
      city: true,
      skills: true,
      avatarKey: true,
      showFirstNameOnly: true,
      cnicVerifiedAt: true,
      psebVerifiedAt: true,
      clientRatingSum: true,
      clientRatingCount: true,
      languageLevels: { select: { code: true, level: true } },
      portfolio: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, description: true, link: true, imageKey: true, imageWidth: true, imageHeight: true },
      },
      certificates: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, issuer: true, issuedOn: true, fileKey: true, fileMime: true },
      },
    },
  },
} satisfies Prisma.UserSelect;

const LEVEL_ORDER: Record<LanguageLevel, number> = { NATIVE: 0, FLUENT: 1, CONVERSATIONAL: 2, BASIC: 3 };

/**
 * A person's public profile by handle or id, or null for an unknown or suspended account (the
 * page says "not available" without saying why). Handles are matched lower-cased.
 */
export async function loadPublicProfile(db: Db, by: { handle: string } | { id: string }): Promise<PublicProfile | null> {
  const handle = "handle" in by ? by.handle.toLowerCase() : null;
  const id = "id" in by ? by.id : null;
  // Anything that cannot be a handle or an id (a NUL from a crafted URL) is nobody, not a query.
  if (handle !== null ? !looksLikeHandle(handle) : !/^[a-z0-9]{1,64}$/i.test(id ?? "")) return null;
  const where = handle !== null ? { handle } : { id: id ?? "" };
  const user = await db.user.findFirst({ where: { ...where, ...activeUserWhere }, select: PUBLIC_SELECT });
  if (!user) return null;
  const profile = user.profile;
  const hidden = profile?.showFirstNameOnly ?? false;
  const completedOrders = await db.order.count({ where: { clientId: user.id, status: "COMPLETED" } });
  const ratingCount = profile?.clientRatingCount ?? 0;
  return {
    id: user.id,
    handle: user.handle,
    name: publicName(user.displayName, hidden),
    firstNameOnly: hidden,
    isFreelancer: user.intent !== "HIRE",
    photo: profile?.avatarKey && !hidden ? photoSources(user.id, profile.avatarKey) : null,
    headlineUr: hidden ? null : (profile?.headlineUr ?? null),
    headlineEn: hidden ? null : (profile?.headlineEn ?? null),
    bioUr: hidden ? null : (profile?.bioUr ?? null),
    bioEn: hidden ? null : (profile?.bioEn ?? null),
    city: profile?.city ?? null,
    languages: [...(profile?.languageLevels ?? [])].sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
    ),
    skills: profile?.skills ?? [],
    memberSince: user.createdAt,
    lastSeenAt: hidden ? null : user.lastSeenAt,
    badges: { cnicVerified: Boolean(profile?.cnicVerifiedAt), psebVerified: Boolean(profile?.psebVerifiedAt) },
    portfolio: (profile?.portfolio ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      link: item.link,
      image: portfolioSources(item.id, item.imageKey, item.imageWidth, item.imageHeight),
    })),
    certificates: (profile?.certificates ?? []).map((certificate) => ({
      id: certificate.id,
      title: certificate.title,
      issuer: certificate.issuer,
      issuedOn: certificate.issuedOn,
      file: certificate.fileKey
        ? { url: certificateFileUrl(certificate.id), kind: certificate.fileMime === "application/pdf" ? "pdf" : "image" }
        : null,
    })),
    asClient: {
      completedOrders,
      rating: ratingCount > 0 ? Math.round(((profile?.clientRatingSum ?? 0) / ratingCount) * 10) / 10 : null,
      ratingCount,
    },
  };
}

export function photoSources(userId: string, base: string): { src: string; srcSet: string } {
  const [small = 96, large = 256] = AVATAR_SIZES;
  return {
    src: photoUrl(userId, base, large),
    srcSet: `${photoUrl(userId, base, small)} ${small}w, ${photoUrl(userId, base, large)} ${large}w`,
  };
}

function portfolioSources(id: string, base: string, width: number, height: number) {
  const srcSet = PORTFOLIO_WIDTHS.map((size) => `${portfolioImageUrl(id, base, size)} ${Math.min(size, width)}w`).join(", ");
  return { src: portfolioImageUrl(id, base, PORTFOLIO_WIDTHS[0]), srcSet, width, height };
}
