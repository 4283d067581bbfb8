import type { PackageTier } from "@hunar/db/types";

/** A revealed review as the public sees it on a gig or a person's page. */
export interface PublicReview {
  id: string;
  rating: number;
  /** The client's detailed ratings of the work; null in a review of a client. */
  communication: number | null;
  quality: number | null;
  onTime: number | null;
  comment: string | null;
  /** The freelancer's public answer. */
  reply: string | null;
  repliedAt: Date | null;
  /** The package the client bought; null in a review of a client or of a custom offer. */
  packageTier: PackageTier | null;
  revealedAt: Date;
  author: { displayName: string };
}

export const PUBLIC_REVIEW_SELECT = {
  id: true,
  rating: true,
  communication: true,
  quality: true,
  onTime: true,
  comment: true,
  reply: true,
  repliedAt: true,
  packageTier: true,
  revealedAt: true,
  author: { select: { displayName: true } },
} as const;
