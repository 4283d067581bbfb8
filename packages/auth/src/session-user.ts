/** What the rest of the app may know about the signed-in user (never the password hash). */
export const sessionUserSelect = {
  id: true,
  email: true,
  displayName: true,
  intent: true,
  isAdmin: true,
  preferredLocale: true,
  emailVerifiedAt: true,
} as const;

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  intent: "HIRE" | "WORK" | "BOTH";
  isAdmin: boolean;
  preferredLocale: "ur" | "en";
  /** Null until the owner opened a link mailed to `email` (@hunar/auth/verified-email). */
  emailVerifiedAt: Date | null;
}

export interface Session {
  id: string;
  userId: string;
  expiresAt: Date;
  createdAt: Date;
}

export const sessionSelect = { id: true, userId: true, expiresAt: true, createdAt: true } as const;
