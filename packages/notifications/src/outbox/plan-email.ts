import type { Db } from "@hunar/db/types";
import { isNotificationKind, NOTIFICATION_KINDS } from "../kinds.ts";
import type { Mailer, OutgoingEmail } from "../mailer.ts";
import { wantsEmail } from "../preferences.ts";
import { renderNotificationEmail } from "../render-email.ts";
import { unsubscribeUrl } from "../unsubscribe.ts";
import type { ClaimedNotification } from "./claim.ts";

export type EmailPlan = { send: true; email: OutgoingEmail } | { send: false; why: "not-email-kind" | "opted-out" | "no-transport" };

/**
 * Decides at delivery time (so a preference changed after the event still counts) whether a
 * notification is e-mailed, and renders it in the recipient's language if so. Throws when the
 * stored data does not fit its kind; an unknown kind (a newer process wrote it during a rolling
 * deploy) throws too, so the row is retried, by then perhaps by a process that knows it.
 */
export async function planEmail(
  db: Db,
  row: ClaimedNotification,
  options: { mailer: Mailer; siteOrigin: string; secret: string },
): Promise<EmailPlan> {
  if (!isNotificationKind(row.kind)) throw new Error(`unknown notification kind ${row.kind}`);
  if (!NOTIFICATION_KINDS[row.kind].email) return { send: false, why: "not-email-kind" };
  if (options.mailer.transport === "none") return { send: false, why: "no-transport" };
  const user = await db.user.findUnique({ where: { id: row.userId }, select: { email: true, displayName: true, preferredLocale: true } });
  if (!user || !(await wantsEmail(db, row.userId, row.kind))) return { send: false, why: "opted-out" };
  const unsubscribe = unsubscribeUrl(options.siteOrigin, row.userId, row.kind, options.secret);
  const rendered = renderNotificationEmail(
    { kind: row.kind, data: row.data, link: row.link },
    { displayName: user.displayName, locale: user.preferredLocale },
    { siteOrigin: options.siteOrigin, unsubscribeUrl: unsubscribe },
  );
  return {
    send: true,
    email: { ...rendered, notificationId: row.id, to: user.email, locale: user.preferredLocale, unsubscribeUrl: unsubscribe },
  };
}
