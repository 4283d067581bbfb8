import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachToMessage } from "./attach-to-message.ts";
import { attachmentError } from "./attachment-errors.ts";
import { deleteOrphanedUploads } from "./delete-orphaned-uploads.ts";
import { MAX_ATTACHMENT_BYTES } from "./limits.ts";
import { readAttachment } from "./read-attachment.ts";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createConversation, createMessage, createPerson, type Person } from "./testing/chat-fixtures.ts";
import { minimalPdf } from "./testing/sample-files.ts";
import { storeCheckedFile } from "./store-checked-file.ts";
import { uploadAttachment } from "./upload-attachment.ts";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 90 } } });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Whether a file is stored under the key (the opened file is closed again). */
async function isStored(storage: LocalDiskUploadStorage, key: string): Promise<boolean> {
  const file = await storage.get(key);
  file?.body.destroy();
  return file !== null;
}

async function bodyOf(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe.each(testDbKinds())("chat attachments on %s", (kind) => {
  let testDb: TestDb;
  let dir: string;
  let storage: LocalDiskUploadStorage;
  let ayesha: Person;
  let bilal: Person;
  let stranger: Person;
  let conversationId: string;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    dir = await mkdtemp(join(tmpdir(), "hunar-attachments-"));
    storage = new LocalDiskUploadStorage(dir, "chat");
    ayesha = await createPerson(db(), "Ayesha Khan");
    bilal = await createPerson(db(), "Bilal Ahmed");
    stranger = await createPerson(db(), "Sana Malik");
    conversationId = await createConversation(db(), ayesha.userId, bilal.userId);
  });
  afterAll(async () => {
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("re-encodes a PNG and a JPEG as WebP, recording their size, without their metadata", async () => {
    const png = await solid(640, 480).png().toBuffer();
    const jpeg = await solid(3000, 2000)
      .jpeg()
      .withExif({ IFD0: { Artist: "Hidden Name" } })
      .toBuffer();
    const fromPng = await uploadAttachment(db(), storage, ayesha, { fileName: "design.png", bytes: png });
    const fromJpeg = await uploadAttachment(db(), storage, ayesha, {
      fileName: "C:\\photos\\shop front.JPG",
      stream: Readable.from([jpeg]),
    });
    expect(fromPng).toMatchObject({ fileName: "design.webp", mimeType: "image/webp", width: 640, height: 480, isImage: true });
    expect(fromPng.url).toBe(`/attachments/${fromPng.id}/design.webp`);
    // Scaled to fit 2560 px, never stored at full camera size.
    expect(fromJpeg).toMatchObject({ fileName: "shop front.webp", width: 2560, height: 1707 });

    const read = await readAttachment(db(), ayesha.userId, fromJpeg.id, storage);
    const stored = await bodyOf(read.file.body);
    expect(stored.length).toBe(fromJpeg.byteSize);
    const metadata = await sharp(stored).metadata();
    expect([metadata.format, metadata.width, metadata.exif]).toEqual(["webp", 2560, undefined]);
  });

  it("stores a PDF and UTF-8 text as sent, with a download name that ends in their real type", async () => {
    const pdf = await uploadAttachment(db(), storage, ayesha, { fileName: "../../etc/invoice", bytes: minimalPdf() });
    expect(pdf).toMatchObject({ fileName: "invoice.pdf", mimeType: "application/pdf", width: null, height: null, isImage: false });
    expect((await bodyOf((await readAttachment(db(), ayesha.userId, pdf.id, storage)).file.body)).toString()).toBe(minimalPdf().toString());

    const notes = await uploadAttachment(db(), storage, ayesha, {
      fileName: "notes‮txt.exe",
      bytes: Buffer.from("لوگو میں سبز رنگ\nGreen logo\n"),
    });
    expect(notes).toMatchObject({ mimeType: "text/plain", fileName: "notes_txt.exe.txt" });
  });

  it("refuses executables, HTML named .png and binary junk by their content, storing nothing", async () => {
    const before = await filesUnder(dir);
    const rows = await db().attachment.count();
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
    const html = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    for (const [fileName, bytes] of [
      ["setup.png", exe],
      ["photo.png", html],
      ["logo.png", svg],
      ["menu.txt", latin1],
    ] as const) {
      await expect(uploadAttachment(db(), storage, ayesha, { fileName, bytes })).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "chat:errors.attachments.unsupportedType",
        fields: { file: { key: "chat:errors.attachments.unsupportedType" } },
      });
    }
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "empty.pdf", bytes: new Uint8Array() })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.empty",
    });
    expect(await filesUnder(dir)).toEqual(before);
    expect(await db().attachment.count()).toBe(rows);
  });

  it("refuses 10 MB + 1 byte while reading the stream, without reading the rest or storing anything", async () => {
    const before = await filesUnder(dir);
    const rows = await db().attachment.count();
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    let chunksRead = 0;
    // An async generator is pulled one chunk at a time, so it shows exactly how much was read.
    // eslint-disable-next-line @typescript-eslint/require-await
    async function* upload() {
      for (let i = 0; i < 10; i += 1) {
        chunksRead += 1;
        yield chunk;
      }
      chunksRead += 1;
      yield Buffer.from("A");
      // Never reached: the upload is refused at the byte above.
      chunksRead += 1;
      yield Buffer.alloc(50 * 1024 * 1024);
    }
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "big.txt", stream: upload() })).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "chat:errors.attachments.tooLarge",
      params: { maxMb: 10 },
    });
    expect(chunksRead).toBe(11);
    const exactlyTooBig = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x41);
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "big.txt", bytes: exactlyTooBig })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.tooLarge",
    });
    // Exactly at the limit is fine.
    const atLimit = await uploadAttachment(db(), storage, ayesha, {
      fileName: "limit.txt",
      stream: Readable.from([exactlyTooBig.subarray(1)]),
    });
    expect(atLimit.byteSize).toBe(MAX_ATTACHMENT_BYTES);
    expect((await filesUnder(dir)).length).toBe(before.length + 1);
    expect(await db().attachment.count()).toBe(rows + 1);
  });

  it("refuses a pixel flood before decoding it", async () => {
    const flood = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "white" } })
      .png()
      .toBuffer();
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "flood.png", bytes: flood })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.tooManyPixels",
    });
  });

  it("lets only the uploader read a pending upload, and only the conversation's people once it is sent", async () => {
    const upload = await uploadAttachment(db(), storage, ayesha, { fileName: "brief.pdf", bytes: minimalPdf() });
    for (const viewer of [bilal.userId, stranger.userId, { userId: stranger.userId, isAdmin: true }]) {
      await expect(readAttachment(db(), viewer, upload.id, storage)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const messageId = await createMessage(db(), conversationId, ayesha.userId, "Here is the brief");
    await db().$transaction((tx) => attachToMessage(tx, { uploaderId: ayesha.userId, messageId, attachmentIds: [upload.id] }));
    for (const viewer of [bilal.userId, ayesha.userId]) {
      const read = await readAttachment(db(), viewer, upload.id, storage);
      expect((await bodyOf(read.file.body)).toString()).toBe(minimalPdf().toString());
      expect(read.attachment.fileName).toBe("brief.pdf");
    }
    await expect(readAttachment(db(), stranger.userId, upload.id, storage)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readAttachment(db(), bilal.userId, "no-such-attachment", storage)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("attaches only the sender's own, unattached, unexpired uploads, at most five, all or nothing", async () => {
    const mine = await uploadAttachment(db(), storage, ayesha, { fileName: "a.pdf", bytes: minimalPdf() });
    const theirs = await uploadAttachment(db(), storage, bilal, { fileName: "b.pdf", bytes: minimalPdf() });
    const messageId = await createMessage(db(), conversationId, ayesha.userId, "Files");
    const attach = (attachmentIds: string[], uploaderId = ayesha.userId, now?: Date) =>
      db().$transaction((tx) => attachToMessage(tx, { uploaderId, messageId, attachmentIds, ...(now ? { now } : {}) }));

    await expect(attach([mine.id, theirs.id])).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "chat:errors.attachments.unknownAttachment",
      fields: { attachmentIds: { key: "chat:errors.attachments.unknownAttachment" } },
    });
    expect(await db().attachment.count({ where: { id: { in: [mine.id, theirs.id] }, messageId: { not: null } } })).toBe(0);
    await expect(attach(["1", "2", "3", "4", "5", "6"])).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.tooMany",
      params: { max: 5 },
    });
    await expect(attach([mine.id], ayesha.userId, new Date(Date.now() + 25 * 60 * 60 * 1000))).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.unknownAttachment",
    });

    expect(await attach([mine.id, mine.id])).toEqual([mine]);
    const otherMessage = await createMessage(db(), conversationId, ayesha.userId, "Again");
    await expect(
      db().$transaction((tx) => attachToMessage(tx, { uploaderId: ayesha.userId, messageId: otherMessage, attachmentIds: [mine.id] })),
    ).rejects.toMatchObject({ messageKey: "chat:errors.attachments.unknownAttachment" });
    expect(await attach([])).toEqual([]);
  });

  it("never puts another feature's upload on a message, and counts only chat's uploads against chat's cap", async () => {
    // An order file (a delivery or an answer) lives in another area's storage; chat could not serve it.
    const orderFiles = new LocalDiskUploadStorage(dir, "deliveries");
    const orderFile = await storeCheckedFile(
      db(),
      orderFiles,
      ayesha.userId,
      { fileName: "brief.pdf", bytes: minimalPdf() },
      {
        maxBytes: MAX_ATTACHMENT_BYTES,
        maxPending: 1,
        refuse: (reason, params) => attachmentError(reason, params),
      },
    );
    const messageId = await createMessage(db(), conversationId, ayesha.userId, "Brief");
    await expect(
      db().$transaction((tx) => attachToMessage(tx, { uploaderId: ayesha.userId, messageId, attachmentIds: [orderFile.id] })),
    ).rejects.toMatchObject({ messageKey: "chat:errors.attachments.unknownAttachment" });
    // The deliveries area's cap of one is full, chat's is not.
    await expect(
      storeCheckedFile(
        db(),
        orderFiles,
        ayesha.userId,
        { fileName: "second.pdf", bytes: minimalPdf() },
        {
          maxBytes: MAX_ATTACHMENT_BYTES,
          maxPending: 1,
          refuse: (reason, params) => attachmentError(reason, params),
        },
      ),
    ).rejects.toMatchObject({ messageKey: "chat:errors.attachments.tooManyPending", params: { max: 1 } });
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "chat.pdf", bytes: minimalPdf() })).resolves.toMatchObject({
      fileName: "chat.pdf",
    });
  });

  it("sweeps uploads never sent within a day, files included, and keeps sent ones", async () => {
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const abandoned = await uploadAttachment(db(), storage, ayesha, { fileName: "old.pdf", bytes: minimalPdf(), now: old });
    const sentOld = await uploadAttachment(db(), storage, ayesha, { fileName: "sent.pdf", bytes: minimalPdf(), now: old });
    const fresh = await uploadAttachment(db(), storage, ayesha, { fileName: "new.pdf", bytes: minimalPdf() });
    const messageId = await createMessage(db(), conversationId, ayesha.userId, "Old file");
    await db().attachment.update({ where: { id: sentOld.id }, data: { messageId } });
    const keyOf = async (id: string) => (await db().attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const abandonedKey = await keyOf(abandoned.id);

    const result = await deleteOrphanedUploads(db(), storage, { batchSize: 2 });
    expect(result).toEqual({ deleted: 1, undeletedKeys: [] });
    expect(await db().attachment.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await isStored(storage, abandonedKey)).toBe(false);
    for (const kept of [sentOld, fresh]) expect(await isStored(storage, await keyOf(kept.id))).toBe(true);
  });
});
