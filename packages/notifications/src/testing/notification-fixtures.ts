import type { Db } from "@hunar/db/types";
import { createTestUser } from "@hunar/db/testing/factories";
import type { Locale } from "@hunar/i18n/config";
import type { NotifyInput } from "../notify.ts";
import { notify } from "../notify.ts";

export interface TestRecipient {
  userId: string;
  email: string;
}

/** A user to notify (no password, no session: nothing here logs in). */
export async function createRecipient(db: Db, displayName: string, locale: Locale): Promise<TestRecipient> {
  const { userId, email } = await createTestUser(db, displayName, { locale });
  return { userId, email };
}

let events = 0;

/** A committed payout.paid notification with a fresh dedupe key (payout.paid is e-mailable). */
export async function notifyPayoutPaid(
  db: Db,
  userId: string,
  overrides: Partial<NotifyInput<"payout.paid">["data"]> = {},
): Promise<string> {
  events += 1;
  const dedupeKey = `test:${process.pid}:${events}`;
  const { notificationId } = await db.$transaction((tx) =>
    notify(tx, {
      userId,
      kind: "payout.paid",
      data: { payoutRequestId: `payout-${events}`, amountPaisa: "1250050", rail: "JAZZCASH", reference: `FT${events}X`, ...overrides },
      link: "/earnings",
      dedupeKey,
    }),
  );
  if (!notificationId) throw new Error("expected a new notification");
  return notificationId;
}
