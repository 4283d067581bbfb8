import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notify } from "../notify.ts";
import { setEmailPreference } from "../preferences.ts";
import { createRecipient, notifyPayoutPaid, type TestRecipient } from "../testing/notification-fixtures.ts";
import { type OutboxHarness, outboxHarness, SITE, TEST_SECRET } from "../testing/outbox-harness.ts";
import { type SmtpTestServer, startSmtpTestServer } from "../testing/smtp-test-server.ts";
import { verifyUnsubscribeToken } from "../unsubscribe-token.ts";
import { claimDueNotifications } from "./claim.ts";
import { DEFAULT_LEASE_MS } from "./deliver-due.ts";
import { markDelivered } from "./settle.ts";

const MINUTE = 60_000;
const later = (ms: number) => () => new Date(Date.now() + ms);

describe.each(testDbKinds())("the notification outbox on %s", (kind) => {
  const t = useTestDb(kind);
  let smtp: SmtpTestServer;
  let outbox: OutboxHarness;
  let ayesha: TestRecipient;
  let bilal: TestRecipient;
  const row = (id: string) => t.db.notification.findUniqueOrThrow({ where: { id } });
  const mailsFor = (notificationId: string) => smtp.received.filter((mail) => mail.headers.get("message-id")?.includes(notificationId));

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    ayesha = await createRecipient(t.db, "Ayesha Khan", "ur");
    bilal = await createRecipient(t.db, "Bilal Ahmed", "en");
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    // Each test starts with an empty outbox: nothing left over is claimed by its rounds.
    await t.db.notification.deleteMany();
    outbox = outboxHarness(t.db, { smtpUrl: smtp.url, maxAttempts: 3 });
  });
  afterEach(() => outbox.close());

  it("never delivers a notification whose transaction rolled back", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await notify(tx, {
          userId: ayesha.userId,
          kind: "payout.paid",
          data: { payoutRequestId: "rolled-back", amountPaisa: "100", rail: "RAAST", reference: "RB1" },
          dedupeKey: "rolled-back",
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const committed = await notifyPayoutPaid(t.db, ayesha.userId);
    const received = smtp.received.length;
    await outbox.drain();
    expect(outbox.live.map((event) => event.notification.id)).toEqual([committed]);
    expect(smtp.received.length - received).toBe(1);
    expect(smtp.received.some((mail) => mail.text.includes("RB1"))).toBe(false);
  });

  it("pushes a committed notification live once and e-mails it once, in Urdu to an Urdu reader and English to an English one", async () => {
    const forAyesha = await notifyPayoutPaid(t.db, ayesha.userId, { reference: "FT-UR-1" });
    const forBilal = await notifyPayoutPaid(t.db, bilal.userId, { reference: "FT-EN-1" });
    const reports = await outbox.drain();
    expect(reports[0]).toMatchObject({ claimed: 2, sent: 2 });
    await outbox.drain();
    expect(outbox.live.map((event) => [event.userId, event.notification.id])).toEqual([
      [ayesha.userId, forAyesha],
      [bilal.userId, forBilal],
    ]);
    expect(outbox.live[0]?.notification).toMatchObject({ kind: "payout.paid", link: "/earnings", data: { reference: "FT-UR-1" } });

    const [urdu] = mailsFor(forAyesha);
    const [english] = mailsFor(forBilal);
    expect(mailsFor(forAyesha)).toHaveLength(1);
    expect(mailsFor(forBilal)).toHaveLength(1);
    expect(urdu?.to).toEqual([ayesha.email]);
    expect(urdu?.subject.replace(/\u00a0/g, " ")).toBe("آپ کی Rs 12,500.50 کی رقم بھیج دی گئی ہے");
    expect(urdu?.text).toContain("السلام علیکم Ayesha Khan،");
    expect(urdu?.text).toContain("جاز کیش");
    expect(urdu?.html).toContain('<html lang="ur" dir="rtl">');
    expect(urdu?.headers.get("from")).toMatch(/no-reply@hunar\.test/);
    expect(urdu?.headers.get("content-language")).toBe("ur");
    expect(english?.subject.replace(/\u00a0/g, " ")).toBe("Your withdrawal of Rs 12,500.50 has been sent");
    expect(english?.text).toContain("We have sent Rs\u00a012,500.50 to you via JazzCash. Transaction reference: FT-EN-1.");
    expect(english?.html).toContain('<html lang="en" dir="ltr">');
    expect(english?.text).not.toMatch(/[\u0600-\u06FF]/);

    // The unsubscribe link, in the text and the List-Unsubscribe header, names this user and kind.
    const link =
      /<(http:\/\/hunar\.test\/notifications\/unsubscribe\/[^>]+)>/.exec(english?.headers.get("list-unsubscribe") ?? "")?.[1] ?? "";
    expect(english?.text).toContain(link);
    expect(english?.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(verifyUnsubscribeToken(TEST_SECRET, link.split("/").pop())).toEqual({ userId: bilal.userId, kind: "payout.paid" });
    expect(english?.text).toContain(`${SITE}/earnings`);

    expect(await row(forBilal)).toMatchObject({ emailStatus: "SENT", attempts: 1, claimToken: null, lastError: null });
    expect((await row(forBilal)).deliveredAt).not.toBeNull();
    expect((await row(forBilal)).emailedAt).not.toBeNull();
  });

  it("retries a refused e-mail with exponential backoff, without pushing it live again", async () => {
    smtp.refuseNext(2, 451);
    const id = await notifyPayoutPaid(t.db, bilal.userId);
    const before = smtp.attempts();
    expect(await outbox.deliver()).toMatchObject({ claimed: 1, retried: 1 });
    const first = await row(id);
    expect(first).toMatchObject({ deliveredAt: null, emailStatus: "PENDING", attempts: 1, claimToken: null });
    expect(first.lastError).toMatch(/Try again later/);
    expect(first.liveAt).not.toBeNull();
    const firstDelay = first.nextAttemptAt.getTime() - Date.now();
    expect(firstDelay).toBeGreaterThan(0.9 * MINUTE);
    expect(firstDelay).toBeLessThanOrEqual(1.1 * MINUTE);

    // Not due yet: nothing is claimed, nothing is sent.
    expect(await outbox.deliver()).toMatchObject({ claimed: 0 });
    expect(await outbox.deliver({ now: later(0.5 * MINUTE) })).toMatchObject({ claimed: 0 });

    expect(await outbox.deliver({ now: later(1.2 * MINUTE) })).toMatchObject({ claimed: 1, retried: 1 });
    const second = await row(id);
    expect(second.attempts).toBe(2);
    // Twice the first delay, counted from the (pretend) time of the second attempt.
    const secondDelay = second.nextAttemptAt.getTime() - (Date.now() + 1.2 * MINUTE);
    expect(secondDelay).toBeGreaterThan(1.8 * MINUTE);
    expect(secondDelay).toBeLessThanOrEqual(2.3 * MINUTE);

    expect(await outbox.deliver({ now: later(4 * MINUTE) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.attempts() - before).toBe(3);
    expect(mailsFor(id)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ emailStatus: "SENT", attempts: 3, lastError: null });
    expect(outbox.live.filter((event) => event.notification.id === id)).toHaveLength(1);
    expect(outbox.logs.filter((line) => line.message === "notification e-mail failed; will retry")).toHaveLength(2);
  });

  it("gives up after the last attempt, and at once when the server refuses for good", async () => {
    smtp.refuseNext(3, 451);
    const flaky = await notifyPayoutPaid(t.db, bilal.userId);
    await outbox.deliver();
    await outbox.deliver({ now: later(2 * MINUTE) });
    expect(await outbox.deliver({ now: later(10 * MINUTE) })).toMatchObject({ failed: 1 });
    expect(await row(flaky)).toMatchObject({ emailStatus: "FAILED", attempts: 3, emailedAt: null });
    expect((await row(flaky)).deliveredAt).not.toBeNull();
    expect(await outbox.deliver({ now: later(24 * 60 * MINUTE) })).toMatchObject({ claimed: 0 });

    smtp.refuseNext(1, 550);
    const refused = await notifyPayoutPaid(t.db, bilal.userId);
    expect(await outbox.deliver()).toMatchObject({ failed: 1 });
    expect(await row(refused)).toMatchObject({ emailStatus: "FAILED", attempts: 1 });
    expect((await row(refused)).lastError).toMatch(/Mailbox refused/);
  });

  it("respects the recipient's e-mail preference per kind and still pushes live", async () => {
    await setEmailPreference(t.db, ayesha.userId, "payout.paid", false);
    try {
      const optedOut = await notifyPayoutPaid(t.db, ayesha.userId);
      const other = await t.db.$transaction((tx) =>
        notify(tx, {
          userId: ayesha.userId,
          kind: "payout.rejected",
          data: { payoutRequestId: "p9", amountPaisa: "100000", reason: "Title does not match" },
          dedupeKey: "payout:p9:reject",
        }),
      );
      expect(await outbox.deliver()).toMatchObject({ claimed: 2, skipped: 1, sent: 1 });
      expect(await row(optedOut)).toMatchObject({ emailStatus: "SKIPPED", attempts: 0 });
      expect(mailsFor(optedOut)).toHaveLength(0);
      expect(mailsFor(other.notificationId ?? "")).toHaveLength(1);
      expect(outbox.live.map((event) => event.notification.id)).toEqual([optedOut, other.notificationId]);
    } finally {
      await setEmailPreference(t.db, ayesha.userId, "payout.paid", true);
    }
  });

  it("skips e-mail without a transport, and writes the whole e-mail to the log in development", async () => {
    const quiet = outboxHarness(t.db, { smtpUrl: null });
    const logged = outboxHarness(t.db, { smtpUrl: null, logEmails: true });
    const first = await notifyPayoutPaid(t.db, bilal.userId);
    expect(await quiet.deliver()).toMatchObject({ skipped: 1 });
    expect(await row(first)).toMatchObject({ emailStatus: "SKIPPED" });
    await notifyPayoutPaid(t.db, bilal.userId, { reference: "LOGGED-1" });
    expect(await logged.deliver()).toMatchObject({ sent: 1 });
    const line = logged.logs.find((entry) => entry.message.startsWith("notification e-mail"));
    expect(line?.details).toMatchObject({ email: { to: bilal.email, subject: expect.stringContaining("withdrawal") as string } });
    expect(JSON.stringify(line?.details)).toContain("LOGGED-1");
  });

  it("leaves a row claimed by another process alone until that claim's lease ends", async () => {
    const id = await notifyPayoutPaid(t.db, bilal.userId);
    const [claimed] = await claimDueNotifications(t.db, { token: "other-process", now: new Date(), leaseMs: DEFAULT_LEASE_MS, limit: 10 });
    expect(claimed?.id).toBe(id);
    expect(await outbox.deliver()).toMatchObject({ claimed: 0 });
    expect(await outbox.deliver({ now: later(DEFAULT_LEASE_MS - 5000) })).toMatchObject({ claimed: 0 });
    // The other process died: its lease runs out and the row is delivered here, once.
    expect(await outbox.deliver({ now: later(DEFAULT_LEASE_MS + 1000) })).toMatchObject({ claimed: 1, sent: 1 });
    // Had it only stalled, its late result changes nothing.
    expect(await markDelivered(t.db, id, "other-process", { at: new Date(), liveAt: null, emailStatus: "FAILED", attempts: 9 })).toBe(
      false,
    );
    expect(await row(id)).toMatchObject({ emailStatus: "SENT", attempts: 1 });
    expect(mailsFor(id)).toHaveLength(1);
  });
});
