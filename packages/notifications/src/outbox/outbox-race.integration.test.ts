import { createDb, disposeDb } from "@hunar/db/client";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import type { Db } from "@hunar/db/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecipient, notifyPayoutPaid, type TestRecipient } from "../testing/notification-fixtures.ts";
import { type OutboxHarness, outboxHarness } from "../testing/outbox-harness.ts";
import { type SmtpTestServer, startSmtpTestServer } from "../testing/smtp-test-server.ts";

// PGlite has one connection, so its claims never overlap: the race needs PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");
const DISPATCHERS = 4;
const later = (ms: number) => () => new Date(Date.now() + ms);

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent dispatchers on postgres", () => {
  let testDb: TestDb;
  let smtp: SmtpTestServer;
  // One client (connection pool) per dispatcher, as separate server processes would have.
  let processes: { db: Db; outbox: OutboxHarness }[] = [];
  let people: TestRecipient[] = [];

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    smtp = await startSmtpTestServer();
    if (testDb.target.kind !== "postgres") throw new Error("expected PostgreSQL");
    const url = testDb.target.url;
    processes = await Promise.all(
      Array.from({ length: DISPATCHERS }, async () => {
        const db = await createDb({ kind: "postgres", url });
        return { db, outbox: outboxHarness(db, { smtpUrl: smtp.url, maxAttempts: 8 }) };
      }),
    );
    people = [await createRecipient(testDb.db, "Ayesha Khan", "ur"), await createRecipient(testDb.db, "Bilal Ahmed", "en")];
  });
  afterAll(async () => {
    for (const node of processes) {
      node.outbox.close();
      await disposeDb(node.db);
    }
    await smtp.close();
    await testDb.close();
  });

  const notifyMany = (count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => notifyPayoutPaid(testDb.db, people[i % people.length]?.userId ?? "")));

  /** All dispatchers draining at once (small batches, so their claims interleave), while more notifications commit. */
  async function raceAll(options: { now?: () => Date; alsoNotify?: number } = {}): Promise<string[]> {
    const [late] = await Promise.all([
      notifyMany(options.alsoNotify ?? 0),
      ...processes.map((p) => p.outbox.drain({ batchSize: 3, ...(options.now ? { now: options.now } : {}) })),
    ]);
    // Whatever committed after a dispatcher's last empty claim.
    await Promise.all(processes.map((p) => p.outbox.drain({ batchSize: 3, ...(options.now ? { now: options.now } : {}) })));
    return late;
  }

  function expectExactlyOnce(ids: string[]) {
    const pushed = processes.flatMap((p) => p.outbox.live.map((event) => event.notification.id));
    const mailed = smtp.received.map((mail) => /notification-([^@]+)@/.exec(mail.headers.get("message-id") ?? "")?.[1]);
    for (const id of ids) {
      expect(pushed.filter((pushedId) => pushedId === id)).toHaveLength(1);
      expect(mailed.filter((mailedId) => mailedId === id)).toHaveLength(1);
    }
    expect(new Set(pushed).size).toBe(pushed.length);
    expect(new Set(mailed).size).toBe(mailed.length);
  }

  it("push every committed notification live once and e-mail it once, whichever process claims it", async () => {
    for (let round = 0; round < 3; round++) {
      const before = await notifyMany(24);
      const during = await raceAll({ alsoNotify: 12 });
      const ids = [...before, ...during];
      expectExactlyOnce(ids);
      const rows = await testDb.db.notification.findMany({ where: { id: { in: ids } }, select: { emailStatus: true, attempts: true } });
      expect(rows.every((row) => row.emailStatus === "SENT" && row.attempts === 1)).toBe(true);
    }
    // Every dispatcher really took part.
    expect(processes.every((p) => p.outbox.live.length > 0)).toBe(true);
  });

  it("still send exactly once when the mail server refuses some attempts and the retries race too", async () => {
    const attemptsBefore = smtp.attempts();
    smtp.refuseNext(6, 451);
    const ids = await notifyMany(20);
    await raceAll();
    expect(await testDb.db.notification.count({ where: { id: { in: ids }, emailStatus: "PENDING", attempts: 1 } })).toBe(6);
    await raceAll({ now: later(5 * 60_000) });
    expectExactlyOnce(ids);
    expect(smtp.attempts() - attemptsBefore).toBe(26);
    expect(await testDb.db.notification.count({ where: { id: { in: ids }, emailStatus: "SENT" } })).toBe(20);
  });
});
