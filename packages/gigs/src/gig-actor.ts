import type { GigStatus } from "@hunar/db/types";

/** Who is acting: the signed-in user (admins may read what owners read). */
export interface GigActor {
  userId: string;
  isAdmin?: boolean;
}

/** An admin making a moderation decision; the ip goes into the audit log. */
export interface AdminActor {
  userId: string;
  isAdmin: boolean;
  ip?: string | null;
}

/** What the mutations return: enough to redirect to the gig or show its new status. */
export interface GigRef {
  id: string;
  slug: string;
  status: GigStatus;
}

export const GIG_REF_SELECT = { id: true, slug: true, status: true } as const;
