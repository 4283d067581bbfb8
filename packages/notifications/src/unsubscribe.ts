import type { Db } from "@hunar/db/types";
import { notificationsEnv } from "./env.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds.ts";
import { setEmailPreference, wantsEmail } from "./preferences.ts";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

export const UNSUBSCRIBE_PATH = "/notifications/unsubscribe";

export interface UnsubscribeTarget {
  kind: NotificationKind;
  /** i18n key of the kind's name. */
  label: string;
  /** Whether that kind is still e-mailed. */
  email: boolean;
}

/** The absolute link an e-mail carries (also its List-Unsubscribe header). */
export function unsubscribeUrl(siteOrigin: string, userId: string, kind: NotificationKind, secret = notificationsEnv.secret): string {
  return new URL(`${UNSUBSCRIBE_PATH}/${signUnsubscribeToken(secret, userId, kind)}`, siteOrigin).toString();
}

/** What a link's confirm page shows; null for a forged token or a deleted account. */
export async function readUnsubscribeLink(db: Db, token: unknown, secret = notificationsEnv.secret): Promise<UnsubscribeTarget | null> {
  const claim = verifyUnsubscribeToken(secret, token);
  if (!claim) return null;
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!user) return null;
  return { kind: claim.kind, label: NOTIFICATION_KINDS[claim.kind].label, email: await wantsEmail(db, claim.userId, claim.kind) };
}

/** Switches off e-mail for the one kind the token names (again is harmless); null if refused. */
export async function unsubscribe(db: Db, token: unknown, secret = notificationsEnv.secret): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribeLink(db, token, secret);
  const claim = verifyUnsubscribeToken(secret, token);
  if (!target || !claim) return null;
  await setEmailPreference(db, claim.userId, claim.kind, false);
  return { ...target, email: false };
}
