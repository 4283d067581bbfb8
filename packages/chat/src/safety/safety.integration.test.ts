import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachToMessage } from "../attachments/attach-to-message.ts";
import { readAttachment } from "../attachments/read-attachment.ts";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { minimalPdf } from "../attachments/testing/sample-files.ts";
import { uploadAttachment } from "../attachments/upload-attachment.ts";
import { createConversation, createDispute, createMessage, createPerson, type Person } from "../attachments/testing/chat-fixtures.ts";
import { blockStateBetween, blockUser, unblockUser } from "./block-user.ts";
import { isBlockedBetween, listBlocked } from "./blocks.ts";
import { listMessages } from "../list-messages.ts";
import { REMOVED_MESSAGE_KEY } from "../to-chat-message.ts";
import { listMessageReports } from "./message-reports.ts";
import { readConversationForDispute } from "./read-conversation-for-dispute.ts";
import { reportMessage } from "./report-message.ts";
import { resolveMessageReport } from "./resolve-message-report.ts";

describe.each(testDbKinds())("chat safety on %s", (kind) => {
  let testDb: TestDb;
  let client: Person;
  let freelancer: Person;
  let stranger: Person;
  let admin: Person & { isAdmin: true };
  let conversationId: string;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    client = await createPerson(db(), "Ayesha Khan");
    freelancer = await createPerson(db(), "Bilal Ahmed");
    stranger = await createPerson(db(), "Sana Malik");
    admin = { ...(await createPerson(db(), "Hunar Admin", { isAdmin: true })), isAdmin: true };
    conversationId = await createConversation(db(), client.userId, freelancer.userId);
  });
  afterAll(() => testDb.close());

  describe("blocks", () => {
    it("work both ways whoever set them, and only the blocker can lift theirs", async () => {
      expect(await isBlockedBetween(db(), client.userId, freelancer.userId)).toBe(false);
      await blockUser(db(), client, freelancer.userId);
      await blockUser(db(), client, freelancer.userId);
      expect(await isBlockedBetween(db(), client.userId, freelancer.userId)).toBe(true);
      expect(await isBlockedBetween(db(), freelancer.userId, client.userId)).toBe(true);
      expect(await isBlockedBetween(db(), client.userId, stranger.userId)).toBe(false);
      expect(await blockStateBetween(db(), client.userId, freelancer.userId)).toEqual({ blockedByMe: true, blockedMe: false });
      expect(await blockStateBetween(db(), freelancer.userId, client.userId)).toEqual({ blockedByMe: false, blockedMe: true });
      expect(await listBlocked(db(), client.userId)).toMatchObject([{ userId: freelancer.userId, displayName: "Bilal Ahmed" }]);
      expect(await listBlocked(db(), freelancer.userId)).toEqual([]);

      // The blocked side cannot lift it; blocking back adds a second block.
      await unblockUser(db(), freelancer, client.userId);
      expect(await isBlockedBetween(db(), freelancer.userId, client.userId)).toBe(true);
      await blockUser(db(), freelancer, client.userId);
      await unblockUser(db(), client, freelancer.userId);
      expect(await isBlockedBetween(db(), client.userId, freelancer.userId)).toBe(true);
      await unblockUser(db(), freelancer, client.userId);
      expect(await isBlockedBetween(db(), client.userId, freelancer.userId)).toBe(false);
    });

    it("refuses blocking oneself or nobody", async () => {
      await expect(blockUser(db(), client, client.userId)).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "chat:errors.safety.cannotBlockSelf",
      });
      await expect(blockUser(db(), client, "no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await db().block.count({ where: { blockerId: client.userId } })).toBe(0);
    });
  });

  describe("message reports", () => {
    it("a participant reports someone else's message once; admins see it oldest first", async () => {
      const first = await createMessage(db(), conversationId, freelancer.userId, "Pay me on JazzCash instead, cheaper");
      const second = await createMessage(db(), conversationId, freelancer.userId, "Hello?");
      const { reportId } = await reportMessage(db(), client, {
        messageId: first,
        reason: "OFF_PLATFORM_PAYMENT",
        details: "  Asked twice.  ",
      });
      await expect(reportMessage(db(), client, { messageId: first, reason: "SPAM" })).rejects.toMatchObject({
        code: "CONFLICT",
        messageKey: "chat:errors.safety.alreadyReported",
      });
      const { reportId: later } = await reportMessage(db(), client, { messageId: second, reason: "SPAM" });

      const queue = await listMessageReports(db());
      expect(queue.map((item) => item.reportId)).toEqual([reportId, later]);
      expect(queue[0]).toMatchObject({
        reason: "OFF_PLATFORM_PAYMENT",
        details: "Asked twice.",
        reporter: { id: client.userId, displayName: "Ayesha Khan" },
        message: { id: first, conversationId, body: "Pay me on JazzCash instead, cheaper", sender: { id: freelancer.userId } },
      });
    });

    it("refuses one's own messages, platform messages, outsiders and bad input, writing nothing", async () => {
      const own = await createMessage(db(), conversationId, client.userId, "My own words");
      const system = await createMessage(db(), conversationId, freelancer.userId, "chat:system.orderFunded", "SYSTEM");
      const before = await db().report.count();
      await expect(reportMessage(db(), client, { messageId: own, reason: "SPAM" })).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "chat:errors.safety.cannotReportOwn",
      });
      await expect(reportMessage(db(), freelancer, { messageId: system, reason: "SPAM" })).rejects.toMatchObject({ code: "INVALID_STATE" });
      await expect(reportMessage(db(), stranger, { messageId: own, reason: "SPAM" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(reportMessage(db(), client, { messageId: "no-such-message", reason: "SPAM" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(reportMessage(db(), freelancer, { messageId: own, reason: "BORING" as "SPAM" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { reason: { key: "chat:errors.safety.reportReasonInvalid" } },
      });
      await expect(reportMessage(db(), freelancer, { messageId: own, reason: "SPAM", details: "x".repeat(1001) })).rejects.toMatchObject({
        fields: { details: { key: "chat:errors.safety.reportDetailsTooLong", params: { max: 1000 } } },
      });
      expect(await db().report.count()).toBe(before);
    });

    it("an admin removes a reported message or dismisses a report, with a note, audited", async () => {
      const rude = await createMessage(db(), conversationId, freelancer.userId, "Something offensive");
      const fine = await createMessage(db(), conversationId, client.userId, "A normal message");
      const { reportId: rudeReport } = await reportMessage(db(), client, { messageId: rude, reason: "OFFENSIVE" });
      const { reportId: fineReport } = await reportMessage(db(), freelancer, { messageId: fine, reason: "SPAM" });

      await expect(
        resolveMessageReport(db(), { ...stranger, isAdmin: false }, { reportId: rudeReport, outcome: "ACTIONED", note: "x" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(resolveMessageReport(db(), admin, { reportId: rudeReport, outcome: "ACTIONED", note: "   " })).rejects.toMatchObject({
        fields: { note: { key: "chat:errors.safety.noteRequired" } },
      });
      expect(await db().report.findUniqueOrThrow({ where: { id: rudeReport } })).toMatchObject({ status: "OPEN" });

      await resolveMessageReport(db(), admin, { reportId: rudeReport, outcome: "ACTIONED", note: "Abusive language." });
      await resolveMessageReport(db(), admin, { reportId: fineReport, outcome: "DISMISSED", note: "Nothing wrong." });
      expect((await db().message.findUniqueOrThrow({ where: { id: rude } })).deletedAt).toBeInstanceOf(Date);
      expect(await db().message.findUniqueOrThrow({ where: { id: fine } })).toMatchObject({ deletedAt: null });
      // Both people now read a notice in its place: same seq (catch-up sees no gap), none of its text.
      const { messages } = await listMessages(db(), client.userId, conversationId, {});
      const removed = messages.find((message) => message.id === rude);
      expect(removed).toMatchObject({ kind: "SYSTEM", body: REMOVED_MESSAGE_KEY, data: null, attachments: [] });
      expect(messages.find((message) => message.id === fine)).toMatchObject({ kind: "TEXT" });
      expect(await db().report.findUniqueOrThrow({ where: { id: rudeReport } })).toMatchObject({
        status: "ACTIONED",
        resolvedById: admin.userId,
        resolutionNote: "Abusive language.",
      });
      const audit = await db().auditLog.findMany({
        where: { targetType: "Message", targetId: { in: [rude, fine] } },
        orderBy: { createdAt: "asc" },
      });
      expect(audit.map((row) => [row.action, row.targetId, row.reason, row.actorId])).toEqual([
        ["message.report.action", rude, "Abusive language.", admin.userId],
        ["message.report.dismiss", fine, "Nothing wrong.", admin.userId],
      ]);
      await expect(
        resolveMessageReport(db(), admin, { reportId: fineReport, outcome: "ACTIONED", note: "Changed my mind" }),
      ).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "chat:errors.safety.alreadyResolved",
      });
      expect((await listMessageReports(db())).map((item) => item.reportId)).not.toContain(rudeReport);
    });
  });

  describe("reading a conversation for a dispute", () => {
    it("needs a reason, writes exactly one audit row and then shows the messages", async () => {
      const { disputeId } = await createDispute(db(), client.userId, freelancer.userId);
      const auditRows = () => db().auditLog.count({ where: { action: "conversation.read" } });
      const before = await auditRows();
      await expect(readConversationForDispute(db(), admin, { disputeId, reason: "  " })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { reason: { key: "chat:errors.safety.readReasonRequired" } },
      });
      await expect(readConversationForDispute(db(), { ...client, isAdmin: false }, { disputeId, reason: "curious" })).rejects.toMatchObject(
        {
          code: "FORBIDDEN",
        },
      );
      expect(await auditRows()).toBe(before);

      const read = await readConversationForDispute(db(), admin, { disputeId, reason: "Checking what was agreed about colours" });
      expect(await auditRows()).toBe(before + 1);
      expect(
        await db().auditLog.findFirstOrThrow({ where: { action: "conversation.read" }, orderBy: { createdAt: "desc" } }),
      ).toMatchObject({
        actorId: admin.userId,
        targetType: "Conversation",
        targetId: conversationId,
        reason: "Checking what was agreed about colours",
        data: { disputeId },
      });
      expect(read).toMatchObject({
        conversationId,
        client: { id: client.userId },
        freelancer: { id: freelancer.userId },
        dispute: { id: disputeId },
      });
      const seqs = read.messages.map((message) => message.seq);
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    });

    it("refuses a conversation that is not the dispute's pair, and a dispute whose pair never talked", async () => {
      const { disputeId } = await createDispute(db(), client.userId, freelancer.userId);
      const otherConversation = await createConversation(db(), client.userId, stranger.userId);
      const { disputeId: unrelated } = await createDispute(db(), stranger.userId, freelancer.userId);
      const before = await db().auditLog.count({ where: { action: "conversation.read" } });
      await expect(
        readConversationForDispute(db(), admin, { disputeId, reason: "Dispute review", conversationId: otherConversation }),
      ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "chat:errors.safety.conversationNotInDispute" });
      await expect(
        readConversationForDispute(db(), admin, { disputeId: unrelated, reason: "Dispute review", conversationId }),
      ).rejects.toMatchObject({ code: "INVALID_STATE" });
      await expect(readConversationForDispute(db(), admin, { disputeId: unrelated, reason: "Dispute review" })).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "chat:errors.safety.noConversation",
      });
      await expect(
        readConversationForDispute(db(), admin, { disputeId: "no-such-dispute", reason: "Dispute review" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await db().auditLog.count({ where: { action: "conversation.read" } })).toBe(before);
    });

    it("opens the conversation's files to the admin only after the audited read", async () => {
      const dir = await mkdtemp(join(tmpdir(), "hunar-dispute-files-"));
      try {
        const storage = new LocalDiskUploadStorage(dir, "chat");
        const pair = [await createPerson(db(), "Kamran Ali"), await createPerson(db(), "Nadia Iqbal")] as const;
        const pairConversation = await createConversation(db(), pair[0].userId, pair[1].userId);
        const upload = await uploadAttachment(db(), storage, pair[0], { fileName: "delivery.pdf", bytes: minimalPdf() });
        const messageId = await createMessage(db(), pairConversation, pair[0].userId, "Final files");
        await db().$transaction((tx) => attachToMessage(tx, { uploaderId: pair[0].userId, messageId, attachmentIds: [upload.id] }));
        const { disputeId } = await createDispute(db(), pair[0].userId, pair[1].userId);

        await expect(readAttachment(db(), admin, upload.id, storage)).rejects.toMatchObject({ code: "NOT_FOUND" });
        const read = await readConversationForDispute(db(), admin, { disputeId, reason: "Was the delivery sent?" });
        expect(read.messages.flatMap((message) => message.attachments.map((file) => file.id))).toEqual([upload.id]);
        const file = await readAttachment(db(), admin, upload.id, storage);
        file.file.body.destroy();
        expect(file.attachment.fileName).toBe("delivery.pdf");
        // Another admin has not read it.
        const otherAdmin = { ...(await createPerson(db(), "Second Admin", { isAdmin: true })), isAdmin: true };
        await expect(readAttachment(db(), otherAdmin, upload.id, storage)).rejects.toMatchObject({ code: "NOT_FOUND" });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  // Only PostgreSQL can run two transactions at once (declared, not skipped, so CI reports no skips).
  if (kind === "postgres")
    describe("concurrent reports", () => {
      it("two reports of one message by one person at once leave one open report", async () => {
        const messageId = await createMessage(db(), conversationId, freelancer.userId, "Send the money to my account directly");
        const results = await Promise.allSettled(
          Array.from({ length: 4 }, () => reportMessage(db(), client, { messageId, reason: "OFF_PLATFORM_PAYMENT" })),
        );
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
        for (const result of results) {
          if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
        }
        expect(await db().report.count({ where: { targetId: messageId, status: "OPEN" } })).toBe(1);
      });
    });
});
