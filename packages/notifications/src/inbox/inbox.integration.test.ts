import { isAppError } from "@hunar/core/app-error";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { createRecipient, notifyPayoutPaid } from "../testing/notification-fixtures.ts";
import { listNotifications } from "./list-notifications.ts";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read.ts";
import { countUnreadNotifications } from "./unread-count.ts";

const codeOf = (error: unknown) => (isAppError(error) ? error.code : error);

describe.each(testDbKinds())("a user's notifications on %s", (kind) => {
  const t = useTestDb(kind);
  let ayesha: string;
  let bilal: string;

  beforeEach(async () => {
    ayesha = (await createRecipient(t.db, "Ayesha Khan", "ur")).userId;
    bilal = (await createRecipient(t.db, "Bilal Ahmed", "en")).userId;
  });

  /** `count` notifications for the user, oldest first; `at` pins their createdAt (ties on purpose). */
  async function notifyMany(userId: string, count: number, at?: (index: number) => Date): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) ids.push(await notifyPayoutPaid(t.db, userId));
    if (at) {
      for (const [index, id] of ids.entries()) await t.db.notification.update({ where: { id }, data: { createdAt: at(index) } });
    }
    return ids;
  }

  async function allPages(userId: string, limit: number): Promise<{ pages: string[][]; rows: { id: string; createdAt: Date }[] }> {
    const pages: string[][] = [];
    const rows: { id: string; createdAt: Date }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listNotifications(t.db, userId, { limit, ...(cursor ? { cursor } : {}) });
      pages.push(page.notifications.map((n) => n.id));
      rows.push(...page.notifications);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 50);
    return { pages, rows };
  }

  it("lists only the user's own notifications, newest first, with what the page renders", async () => {
    const mine = await notifyMany(ayesha, 3, (index) => new Date(Date.UTC(2026, 11, 1, 10, index)));
    await notifyMany(bilal, 2);
    const page = await listNotifications(t.db, ayesha);
    expect(page.notifications.map((n) => n.id)).toEqual([...mine].reverse());
    expect(page.nextCursor).toBeNull();
    expect(page.notifications[0]).toMatchObject({ kind: "payout.paid", link: "/earnings", readAt: null, data: { rail: "JAZZCASH" } });
    expect((await listNotifications(t.db, bilal)).notifications).toHaveLength(2);
  });

  it("pages by keyset without gaps or repeats, even where rows share a millisecond", async () => {
    // Seven in one millisecond, five spread out: every page boundary of 3 falls among equal times somewhere.
    const tied = new Date(Date.UTC(2026, 11, 1, 9, 0));
    const ids = await notifyMany(ayesha, 12, (index) => (index < 7 ? tied : new Date(tied.getTime() + (index - 6) * 60_000)));
    await notifyMany(bilal, 4, () => tied);
    const { pages, rows } = await allPages(ayesha, 3);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 3, 3]);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(ids));
    expect(rows).toHaveLength(12);
    const sorted = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(rows.map((row) => row.id)).toEqual(sorted.map((row) => row.id));

    // A notification arriving while someone pages through is on the first page, not in the middle.
    const first = await listNotifications(t.db, ayesha, { limit: 5 });
    const late = await notifyPayoutPaid(t.db, ayesha);
    const second = await listNotifications(t.db, ayesha, { limit: 5, cursor: first.nextCursor ?? "" });
    expect(second.notifications.map((n) => n.id)).toEqual(rows.slice(5, 10).map((row) => row.id));
    expect((await listNotifications(t.db, ayesha, { limit: 1 })).notifications[0]?.id).toBe(late);
  });

  it("refuses a cursor it did not write and a page size out of range, as bad input", async () => {
    for (const input of [
      { cursor: "nonsense" },
      { cursor: Buffer.from("12.x'; DROP").toString("base64url") },
      { limit: 0 },
      { limit: 51 },
    ]) {
      await expect(listNotifications(t.db, ayesha, input).catch(codeOf)).resolves.toBe("BAD_INPUT");
    }
  });

  it("counts unread notifications and marks one read, only for its owner", async () => {
    const [first, second] = await notifyMany(ayesha, 2);
    const [theirs] = await notifyMany(bilal, 1);
    const before = await countUnreadNotifications(t.db, ayesha);
    expect(before.count).toBe(2);
    // What the bell relies on: counted rows were created before countedAt, later ones after it.
    const createdAt = async (id: string) => (await t.db.notification.findUniqueOrThrow({ where: { id } })).createdAt.getTime();
    expect(await createdAt(second ?? "")).toBeLessThanOrEqual(before.countedAt.getTime());
    const [late] = await notifyMany(bilal, 1);
    expect(await createdAt(late ?? "")).toBeGreaterThanOrEqual(before.countedAt.getTime());

    expect(await markNotificationRead(t.db, ayesha, first ?? "")).toEqual({ link: "/earnings" });
    expect((await countUnreadNotifications(t.db, ayesha)).count).toBe(1);
    const readAt = (await t.db.notification.findUniqueOrThrow({ where: { id: first ?? "" } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    // Reading it again keeps the first time.
    await markNotificationRead(t.db, ayesha, first ?? "");
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: first ?? "" } })).readAt).toEqual(readAt);

    // Bilal's id in Ayesha's hands is not found and changes nothing, and the other way round.
    await expect(markNotificationRead(t.db, ayesha, theirs ?? "").catch(codeOf)).resolves.toBe("NOT_FOUND");
    await expect(markNotificationRead(t.db, bilal, second ?? "").catch(codeOf)).resolves.toBe("NOT_FOUND");
    for (const madeUp of ["x".repeat(65), "", `${first}\u0000`, `${first}' OR '1'='1`]) {
      await expect(markNotificationRead(t.db, ayesha, madeUp).catch(codeOf)).resolves.toBe("NOT_FOUND");
    }
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs ?? "" } })).readAt).toBeNull();
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: second ?? "" } })).readAt).toBeNull();
    expect((await countUnreadNotifications(t.db, bilal)).count).toBe(2);
  });

  it("marks all of the user's notifications read and nobody else's", async () => {
    await notifyMany(ayesha, 3);
    const [readBefore] = await notifyMany(ayesha, 1);
    await markNotificationRead(t.db, ayesha, readBefore ?? "");
    await notifyMany(bilal, 2);
    expect(await markAllNotificationsRead(t.db, ayesha)).toEqual({ marked: 3 });
    expect((await countUnreadNotifications(t.db, ayesha)).count).toBe(0);
    expect((await countUnreadNotifications(t.db, bilal)).count).toBe(2);
    expect((await listNotifications(t.db, ayesha)).notifications.every((n) => n.readAt !== null)).toBe(true);
    expect(await markAllNotificationsRead(t.db, ayesha)).toEqual({ marked: 0 });
  });
});
