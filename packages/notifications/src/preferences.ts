import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { EMAIL_KINDS, isEmailKind, NOTIFICATION_KINDS, type NotificationKind } from "./kinds.ts";

export interface EmailPreference {
  kind: NotificationKind;
  /** i18n key of the kind's name. */
  label: string;
  email: boolean;
}

/** Every e-mailable kind, in registry order, with the user's choice (on unless switched off). */
export async function getEmailPreferences(db: Db | Tx, userId: string): Promise<EmailPreference[]> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } });
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  return EMAIL_KINDS.map((kind) => ({ kind, label: NOTIFICATION_KINDS[kind].label, email: chosen.get(kind) ?? true }));
}

export async function wantsEmail(db: Db | Tx, userId: string, kind: NotificationKind): Promise<boolean> {
  if (!NOTIFICATION_KINDS[kind].email) return false;
  const row = await db.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { email: true } });
  return row?.email ?? true;
}

export async function setEmailPreference(db: Db | Tx, userId: string, kind: NotificationKind, email: boolean): Promise<void> {
  if (!NOTIFICATION_KINDS[kind].email) throw new AppError("BAD_INPUT", "notifications:errors.kindInvalid");
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, email },
    update: { email },
  });
}

// A form posts the checked boxes only, so the kinds listed are on and every other one is off.
export const ZEmailPreferencesInput = z.object({
  enabled: z.array(z.string().refine(isEmailKind)).max(EMAIL_KINDS.length * 2),
});

/** Saves the whole preferences form: the kinds in `enabled` get e-mail, the others do not. */
export async function updateEmailPreferences(db: Db, userId: string, raw: unknown): Promise<EmailPreference[]> {
  const parsed = ZEmailPreferencesInput.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_INPUT", "notifications:errors.kindInvalid");
  const enabled = new Set(parsed.data.enabled);
  await db.$transaction(async (tx) => {
    for (const kind of EMAIL_KINDS) await setEmailPreference(tx, userId, kind, enabled.has(kind));
  });
  return getEmailPreferences(db, userId);
}
