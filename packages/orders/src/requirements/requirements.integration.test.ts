import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deleteOrphanedUploads } from "@hunar/chat/attachments/delete-orphaned-uploads";
import { minimalPdf } from "@hunar/chat/attachments/testing/sample-files";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addGigRequirements, type CheckoutWorld, createCheckoutWorld, createTestGig } from "../checkout/checkout-fixtures.ts";
import { payOrder } from "../checkout/pay-order.ts";
import { placeGigOrder } from "../checkout/place-gig-order.ts";
import { addDays } from "../order-link.ts";
import { readOrderFile } from "../work/read-order-file.ts";
import { readOrderRequirements } from "./read-requirements.ts";
import { storeAnswerFile } from "./store-answer-file.ts";
import { submitRequirements } from "./submit-requirements.ts";

const QUESTIONS = [
  { question: "What is your brand name?" },
  { question: "Your current logo, if you have one", required: false, allowFile: true },
  { question: "Your brand guide (a file or a link)", allowFile: true },
];

describe.each(testDbKinds())("order requirements on %s", (kind) => {
  const t = useTestDb(kind);
  let w: CheckoutWorld;
  let gigId: string;
  let dir: string;
  let storage: LocalDiskUploadStorage;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  /** Everything an answer or submission could change, to show a refusal changed none of it. */
  const snapshot = async (orderId: string) => ({
    order: await order(orderId),
    questions: await t.db.orderRequirement.findMany({ where: { orderId }, include: { attachments: true }, orderBy: { position: "asc" } }),
    events: await t.db.orderEvent.count({ where: { orderId } }),
    notifications: await t.db.notification.count(),
  });
  const placeAndPay = async (answers?: Parameters<typeof placeGigOrder>[2]["answers"]) => {
    const placed = await placeGigOrder(t.db, w.client, { gigId, tier: "BASIC", answers });
    await payOrder(t.db, w.client, { orderId: placed.id, method: "sandbox" });
    return placed.id;
  };
  const pdf = (uploaderId = w.client.userId) =>
    storeAnswerFile(t.db, storage, { uploaderId, fileName: "brand guide.pdf", bytes: minimalPdf(), field: "answers.2.file" });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-order-files-"));
    storage = new LocalDiskUploadStorage(dir, "deliveries");
    w = await createCheckoutWorld(t.db);
    gigId = await createTestGig(t.db, w);
    await addGigRequirements(t.db, gigId, QUESTIONS);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("copies the gig's questions onto the order when it is placed", async () => {
    const placed = await placeGigOrder(t.db, w.client, { gigId, tier: "BASIC" });
    const copied = await t.db.orderRequirement.findMany({ where: { orderId: placed.id }, orderBy: { position: "asc" } });
    expect(
      copied.map(({ position, question, required, allowFile, answer }) => ({ position, question, required, allowFile, answer })),
    ).toEqual([
      { position: 0, question: QUESTIONS[0]?.question, required: true, allowFile: false, answer: null },
      { position: 1, question: QUESTIONS[1]?.question, required: false, allowFile: true, answer: null },
      { position: 2, question: QUESTIONS[2]?.question, required: true, allowFile: true, answer: null },
    ]);
    // A later edit of the gig's questions changes no order placed before it.
    await t.db.gigRequirement.updateMany({ where: { gigId, position: 0 }, data: { question: "Changed later" } });
    expect((await readOrderRequirements(t.db, placed.id)).questions[0]?.question).toBe(QUESTIONS[0]?.question);
    await t.db.gigRequirement.updateMany({ where: { gigId, position: 0 }, data: { question: QUESTIONS[0]?.question ?? "" } });
    // A gig without questions gives an order without them, which starts at payment as before.
    const plain = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", requirements: "Green and white" });
    await payOrder(t.db, w.client, { orderId: plain.id, method: "sandbox" });
    const started = await order(plain.id);
    expect(started).toMatchObject({ requirements: "Green and white", requirementsSubmittedAt: started.fundedAt });
    expect(started.dueAt).toEqual(addDays(started.fundedAt ?? new Date(0), 3));
    expect(await t.db.orderRequirement.count({ where: { orderId: plain.id } })).toBe(0);
  });

  it("answered in full at checkout, the clock starts at payment", async () => {
    const file = await pdf();
    const orderId = await placeAndPay([
      { position: 0, answer: "  Hunar Chai  " },
      { position: 2, attachmentId: file.id },
    ]);
    const paid = await order(orderId);
    expect(paid.status).toBe("IN_PROGRESS");
    expect(paid.requirementsSubmittedAt).toEqual(paid.fundedAt);
    expect(paid.dueAt).toEqual(addDays(paid.fundedAt ?? new Date(0), 3));
    const read = await readOrderRequirements(t.db, orderId);
    expect(read).toMatchObject({ awaitingAnswers: false, submittedAt: paid.fundedAt });
    expect(read.questions.map((q) => [q.answer, q.files.map((f) => f.fileName)])).toEqual([
      ["Hunar Chai", []],
      [null, []],
      [null, ["brand guide.pdf"]],
    ]);
    expect(read.questions[2]?.files[0]?.href).toBe(`/orders/${orderId}/files/${file.id}`);
    await expect(submitRequirements(t.db, w.client, { orderId, answers: [{ position: 0, answer: "Again" }] })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.requirements.alreadySubmitted",
    });
  });

  it("answered later, the clock starts when the client submits them", async () => {
    const orderId = await placeAndPay([{ position: 0, answer: "Hunar Chai" }]);
    const paid = await order(orderId);
    expect(paid).toMatchObject({ status: "IN_PROGRESS", requirementsSubmittedAt: null, dueAt: null });
    expect((await readOrderRequirements(t.db, orderId)).awaitingAnswers).toBe(true);

    const file = await pdf();
    const now = new Date(Date.now() + 60_000);
    const submitted = await submitRequirements(
      t.db,
      w.client,
      { orderId, answers: [{ position: 2, answer: "See the file", attachmentId: file.id }] },
      now,
    );
    expect(submitted).toEqual({ orderId, requirementsSubmittedAt: now, dueAt: addDays(now, 3) });
    expect(await order(orderId)).toMatchObject({ requirementsSubmittedAt: now, dueAt: addDays(now, 3) });
    const read = await readOrderRequirements(t.db, orderId);
    expect(read.awaitingAnswers).toBe(false);
    expect(read.questions.map((q) => q.answer)).toEqual(["Hunar Chai", null, "See the file"]);

    const events = await t.db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["placed", "paid", "requirementsSubmitted"]);
    expect(events[2]).toMatchObject({ actorId: w.client.userId, data: { dueAt: addDays(now, 3).toISOString() } });
    const told = await t.db.notification.findMany({ where: { dedupeKey: `order:${orderId}:requirementsSubmitted` } });
    expect(told).toMatchObject([
      {
        userId: w.freelancer.userId,
        kind: "order.requirementsSubmitted",
        link: `/orders/${orderId}`,
        data: { orderId, dueAt: addDays(now, 3).toISOString() },
      },
    ]);
    const posted = await t.db.message.findMany({ where: { orderId, kind: "SYSTEM", body: "chat:system.order.requirementsSubmitted" } });
    expect(posted).toHaveLength(1);

    // Answering twice is refused and changes nothing.
    const before = await snapshot(orderId);
    await expect(submitRequirements(t.db, w.client, { orderId, answers: [{ position: 0, answer: "Another name" }] })).rejects.toMatchObject(
      {
        code: "INVALID_STATE",
        messageKey: "orders:errors.requirements.alreadySubmitted",
      },
    );
    expect(await snapshot(orderId)).toEqual(before);
  });

  it("refuses the wrong party, missing required answers and bad files, changing nothing", async () => {
    const orderId = await placeAndPay();
    const before = await snapshot(orderId);
    const all = [
      { position: 0, answer: "Hunar Chai" },
      { position: 2, answer: "https://example.com/guide" },
    ];
    await expect(submitRequirements(t.db, w.freelancer, { orderId, answers: all })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "orders:errors.requirements.onlyClient",
    });
    await expect(submitRequirements(t.db, w.stranger, { orderId, answers: all })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitRequirements(t.db, w.client, { orderId: "no-such-order", answers: all })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      submitRequirements(t.db, w.client, {
        orderId,
        answers: [
          { position: 0, answer: "Hunar Chai" },
          { position: 2, answer: "   " },
        ],
      }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { "answers.2.answer": { key: "orders:errors.requirements.answerRequired" } },
    });
    await expect(submitRequirements(t.db, w.client, { orderId, answers: [] })).rejects.toMatchObject({
      fields: {
        "answers.0.answer": { key: "orders:errors.requirements.answerRequired" },
        "answers.2.answer": { key: "orders:errors.requirements.answerRequired" },
      },
    });
    await expect(
      submitRequirements(t.db, w.client, { orderId, answers: [...all, { position: 0, answer: "x".repeat(5_001) }] }),
    ).rejects.toMatchObject({
      fields: { "answers.0.answer": { key: "orders:errors.requirements.answerTooLong", params: { max: 5_000 } } },
    });
    await expect(submitRequirements(t.db, w.client, { orderId, answers: [...all, { position: 7, answer: "?" }] })).rejects.toMatchObject({
      fields: { "answers.7": { key: "orders:errors.requirements.unknownQuestion" } },
    });
    // A file where the question takes none, someone else's upload, an id that is no upload.
    const mine = await pdf();
    const theirs = await pdf(w.stranger.userId);
    for (const [attachmentId, position, key] of [
      [mine.id, 0, "orders:errors.requirements.fileNotAllowed"],
      [theirs.id, 2, "chat:errors.attachments.unknownAttachment"],
      ["no-such-file", 2, "chat:errors.attachments.unknownAttachment"],
    ] as const) {
      const answers = all.map((a) => (a.position === position ? { ...a, attachmentId } : a));
      await expect(submitRequirements(t.db, w.client, { orderId, answers })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { [`answers.${position}.file`]: { key } },
      });
    }
    expect(await snapshot(orderId)).toEqual(before);
    expect(await t.db.attachment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ requirementId: null });
    // The same mistakes at checkout place no order at all.
    const orders = await t.db.order.count();
    await expect(
      placeGigOrder(t.db, w.client, { gigId, tier: "BASIC", answers: [{ position: 0, attachmentId: mine.id }] }),
    ).rejects.toMatchObject({
      fields: { "answers.0.file": { key: "orders:errors.requirements.fileNotAllowed" } },
    });
    await expect(
      placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", answers: [{ position: 0, answer: "Hi" }] }),
    ).rejects.toMatchObject({
      fields: { "answers.0": { key: "orders:errors.requirements.unknownQuestion" } },
    });
    expect(await t.db.order.count()).toBe(orders);
  });

  it("waits for payment before answers can start the clock", async () => {
    const placed = await placeGigOrder(t.db, w.client, { gigId, tier: "BASIC" });
    await expect(
      submitRequirements(t.db, w.client, {
        orderId: placed.id,
        answers: [
          { position: 0, answer: "A" },
          { position: 2, answer: "B" },
        ],
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "orders:errors.requirements.notWaiting" });
    expect((await order(placed.id)).requirementsSubmittedAt).toBeNull();
  });

  it("refuses oversized, empty and unsupported files on the answer's field, storing nothing", async () => {
    const rows = await t.db.attachment.count();
    const store = (bytes: Uint8Array, fileName = "file.bin") =>
      storeAnswerFile(t.db, storage, { uploaderId: w.client.userId, fileName, bytes, field: "answers.1.file" });
    const cases = [
      [new Uint8Array(10 * 1024 * 1024 + 1).fill(65), "chat:errors.attachments.tooLarge", { maxMb: 10 }],
      [new Uint8Array(0), "chat:errors.attachments.empty", undefined],
      [new TextEncoder().encode("<html><script>alert(1)</script></html>"), "chat:errors.attachments.unsupportedType", undefined],
      [new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), "chat:errors.attachments.unsupportedType", undefined],
    ] as const;
    for (const [bytes, key, params] of cases) {
      await expect(store(bytes)).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { "answers.1.file": params ? { key, params } : { key } },
      });
    }
    expect(await t.db.attachment.count()).toBe(rows);
    expect(await storage.listOlderThan(new Date(Date.now() + 60_000))).toHaveLength(
      await t.db.attachment.count({ where: { storageKey: { startsWith: "deliveries/" } } }),
    );
  });

  it("serves an answer's file to the parties and admins only, and the upload sweeps keep it", async () => {
    const file = await pdf();
    const orderId = await placeAndPay([
      { position: 0, answer: "Hunar Chai" },
      { position: 2, attachmentId: file.id },
    ]);
    for (const viewer of [w.client, w.freelancer, w.admin]) {
      const read = await readOrderFile(t.db, viewer, { orderId, attachmentId: file.id }, storage);
      expect(read.file).toMatchObject({ id: file.id, mimeType: "application/pdf", fileName: "brand guide.pdf" });
      read.body.body.destroy();
    }
    const refused = { code: "NOT_FOUND" };
    await expect(readOrderFile(t.db, w.stranger, { orderId, attachmentId: file.id }, storage)).rejects.toMatchObject(refused);
    await expect(readOrderFile(t.db, w.client, { orderId: "another-order", attachmentId: file.id }, storage)).rejects.toMatchObject(
      refused,
    );
    // An upload on no answer yet is nobody's to download through the order.
    const loose = await pdf();
    await expect(readOrderFile(t.db, w.client, { orderId, attachmentId: loose.id }, storage)).rejects.toMatchObject(refused);
    // Files on an answer are no abandoned uploads, however old; the loose one is.
    const later = { olderThan: new Date(Date.now() + 60_000) };
    await deleteOrphanedUploads(t.db, storage, later);
    expect(await t.db.attachment.findUnique({ where: { id: file.id } })).not.toBeNull();
    const kept = await storage.get((await t.db.attachment.findUniqueOrThrow({ where: { id: file.id } })).storageKey);
    expect(kept).not.toBeNull();
    kept?.body.destroy();
    expect(await t.db.attachment.findUnique({ where: { id: loose.id } })).toBeNull();
  });
});
