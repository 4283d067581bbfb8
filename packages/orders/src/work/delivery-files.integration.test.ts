import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { uploadAttachment } from "@hunar/chat/attachments/upload-attachment";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrderWorld, createPaidOrder, type OrderWorld } from "../testing/order-fixtures.ts";
import { orderSnapshot } from "../testing/order-snapshot.ts";
import { minimalPdf, solidPng } from "../testing/sample-files.ts";
import { deliverOrder } from "./deliver-order.ts";
import { MAX_DELIVERY_FILE_BYTES } from "./delivery-file-limits.ts";
import { deleteOrphanedUploads } from "@hunar/chat/attachments/delete-orphaned-uploads";
import { discardDeliveryFiles } from "./discard-delivery-files.ts";
import { readOrderDeliveries } from "./read-deliveries.ts";
import { readOrderFile } from "./read-order-file.ts";
import { storeDeliveryFile } from "./store-delivery-file.ts";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function bodyOf(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe.each(testDbKinds())("delivery files on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  let dir: string;
  let storage: LocalDiskUploadStorage;
  const store = (userId: string, fileName: string, bytes: Uint8Array) => storeDeliveryFile(t.db, storage, { userId }, { fileName, bytes });
  const read = (userId: string, orderId: string, attachmentId: string, isAdmin = false) =>
    readOrderFile(t.db, { userId, isAdmin }, { orderId, attachmentId }, storage);

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
    dir = await mkdtemp(join(tmpdir(), "hunar-deliveries-"));
    storage = new LocalDiskUploadStorage(dir, "deliveries");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("stores a PDF as sent and an image re-encoded as WebP, in the deliveries area, and delivers them", async () => {
    const pdf = minimalPdf();
    const document = await store(w.freelancer.userId, "../Final logo\u202e.pdf", pdf);
    expect(document).toMatchObject({ fileName: "Final logo_.pdf", mimeType: "application/pdf", byteSize: pdf.byteLength });
    const image = await store(w.freelancer.userId, "mockup.png", solidPng(40, 30));
    expect(image).toMatchObject({ fileName: "mockup.webp", mimeType: "image/webp" });
    const rows = await t.db.attachment.findMany({ where: { id: { in: [document.id, image.id] } } });
    for (const row of rows) expect(row.storageKey).toMatch(/^deliveries\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(rows.find((row) => row.id === image.id)).toMatchObject({ width: 40, height: 30 });

    const paid = await createPaidOrder(t.db, w);
    // Not delivered yet: nobody downloads it through the order, the freelancer included.
    await expect(read(w.freelancer.userId, paid.id, document.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.files.notFound",
    });
    const delivered = await deliverOrder(t.db, w.freelancer, {
      orderId: paid.id,
      message: "Files attached",
      attachmentIds: [document.id, image.id],
    });
    const [view] = await readOrderDeliveries(t.db, paid.id);
    expect(view?.id).toBe(delivered.deliveryId);
    expect(view?.files.map((file) => file.id).sort()).toEqual([document.id, image.id].sort());

    for (const [userId, isAdmin] of [
      [w.client.userId, false],
      [w.freelancer.userId, false],
      [w.admin.userId, true],
    ] as const) {
      const file = await read(userId, paid.id, document.id, isAdmin);
      expect(file.file).toEqual(document);
      expect(await bodyOf(file.body.body)).toEqual(pdf);
    }
    await expect(read(w.stranger.userId, paid.id, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The right file under another order's address is no file either.
    const other = await createPaidOrder(t.db, w);
    await expect(read(w.client.userId, other.id, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read(w.client.userId, paid.id, "no-such-file")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an empty, oversized or unsupported file with the delivery's own message, storing nothing", async () => {
    const before = { rows: await t.db.attachment.count(), files: await filesUnder(dir) };
    await expect(store(w.freelancer.userId, "empty.txt", new Uint8Array())).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "orders:errors.files.empty",
      fields: { files: { key: "orders:errors.files.empty" } },
    });
    await expect(store(w.freelancer.userId, "huge.pdf", new Uint8Array(MAX_DELIVERY_FILE_BYTES + 1))).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "orders:errors.files.tooLarge",
      params: { maxMb: 25, totalMb: 60 },
    });
    const chunks = (function* () {
      for (let i = 0; i < 26; i++) yield new Uint8Array(1024 * 1024);
    })();
    await expect(
      storeDeliveryFile(t.db, storage, w.freelancer, { fileName: "stream.zip", stream: Readable.from(chunks) }),
    ).rejects.toMatchObject({ messageKey: "orders:errors.files.tooLarge" });
    for (const [name, bytes] of [
      ["page.html", Buffer.from("<!doctype html><script>alert(1)</script>")],
      ["logo.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
      ["setup.pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)])],
    ] as const) {
      await expect(store(w.freelancer.userId, name, bytes)).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "orders:errors.files.unsupportedType",
      });
    }
    // Looks like a PNG, is not one: chat's image check refuses it, in the delivery's words.
    const fake = Buffer.concat([solidPng(2, 2).subarray(0, 33), Buffer.alloc(40)]);
    await expect(store(w.freelancer.userId, "broken.png", fake)).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: expect.stringMatching(/^orders:errors\.files\.(unreadableImage|unsupportedType)$/) as unknown,
    });
    expect({ rows: await t.db.attachment.count(), files: await filesUnder(dir) }).toEqual(before);
  });

  it("delivers only the freelancer's own files that are on nothing yet; anything else refuses the delivery and changes nothing", async () => {
    const paid = await createPaidOrder(t.db, w);
    const own = await store(w.freelancer.userId, "brief.txt", Buffer.from("Colours: green and white\n"));
    const clients = await store(w.client.userId, "theirs.txt", Buffer.from("Not the freelancer's\n"));
    const chatStorage = new LocalDiskUploadStorage(dir, "chat");
    const chatFile = await uploadAttachment(t.db, chatStorage, w.freelancer, { fileName: "chat.txt", bytes: Buffer.from("A chat file\n") });
    const earlier = await createPaidOrder(t.db, w);
    const used = await store(w.freelancer.userId, "used.txt", Buffer.from("Delivered already\n"));
    await deliverOrder(t.db, w.freelancer, { orderId: earlier.id, message: "Earlier delivery", attachmentIds: [used.id] });

    const before = await orderSnapshot(t.db, paid.id);
    for (const stranger of [clients.id, chatFile.id, used.id, "no-such-file"]) {
      await expect(
        deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "With a file", attachmentIds: [own.id, stranger] }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { attachmentIds: { key: "orders:errors.files.unknown" } } });
    }
    expect(await orderSnapshot(t.db, paid.id)).toEqual(before);
    expect(await t.db.attachment.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ deliveryId: null });
    expect(await t.db.attachment.findUniqueOrThrow({ where: { id: used.id } })).toMatchObject({
      deliveryId: expect.any(String) as unknown,
    });

    // The same id twice is one file.
    await deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Now right", attachmentIds: [own.id, own.id] });
    expect(await t.db.attachment.count({ where: { delivery: { orderId: paid.id } } })).toBe(1);
  });

  it("discards files stored for a delivery that was refused, and only the uploader's undelivered ones", async () => {
    const paid = await createPaidOrder(t.db, w);
    const kept = await store(w.freelancer.userId, "kept.txt", Buffer.from("Delivered\n"));
    await deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Kept", attachmentIds: [kept.id] });
    const dropped = await store(w.freelancer.userId, "dropped.txt", Buffer.from("Refused delivery\n"));
    const clients = await store(w.client.userId, "client.txt", Buffer.from("Someone else's\n"));
    const keyOf = async (id: string) => (await t.db.attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const droppedKey = await keyOf(dropped.id);
    await discardDeliveryFiles(t.db, storage, w.freelancer.userId, [kept.id, dropped.id, clients.id]);
    expect(await t.db.attachment.findUnique({ where: { id: dropped.id } })).toBeNull();
    expect(await storage.get(droppedKey)).toBeNull();
    for (const id of [kept.id, clients.id]) {
      const file = await storage.get(await keyOf(id));
      expect(file).not.toBeNull();
      file?.body.destroy();
    }
  });

  it("sweeps files nothing took within a day, and keeps delivered, fresh and other areas' files", async () => {
    const now = new Date();
    const dayAgo = new Date(now.getTime() - 25 * 60 * 60 * 1000);
    const abandoned = await storeDeliveryFile(t.db, storage, w.freelancer, {
      fileName: "old.txt",
      bytes: Buffer.from("Never sent\n"),
      now: dayAgo,
    });
    const fresh = await store(w.freelancer.userId, "fresh.txt", Buffer.from("About to be sent\n"));
    const paid = await createPaidOrder(t.db, w);
    const delivered = await storeDeliveryFile(t.db, storage, w.freelancer, {
      fileName: "sent.txt",
      bytes: Buffer.from("Sent\n"),
      now: dayAgo,
    });
    // Delivered while it was fresh (an upload over a day old can no longer be claimed).
    const soonAfter = new Date(dayAgo.getTime() + 60_000);
    await deliverOrder(t.db, w.freelancer, { orderId: paid.id, message: "Old file, sent", attachmentIds: [delivered.id] }, soonAfter);
    const chatStorage = new LocalDiskUploadStorage(dir, "chat");
    const chatFile = await uploadAttachment(t.db, chatStorage, w.freelancer, {
      fileName: "chat.txt",
      bytes: Buffer.from("Chat\n"),
      now: dayAgo,
    });
    const abandonedKey = (await t.db.attachment.findUniqueOrThrow({ where: { id: abandoned.id } })).storageKey;

    const result = await deleteOrphanedUploads(t.db, storage, { olderThan: new Date(now.getTime() - 24 * 60 * 60 * 1000) });
    expect(result).toEqual({ deleted: 1, undeletedKeys: [] });
    expect(await t.db.attachment.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await storage.get(abandonedKey)).toBeNull();
    const left = await t.db.attachment.findMany({ where: { id: { in: [fresh.id, delivered.id, chatFile.id] } }, select: { id: true } });
    expect(left).toHaveLength(3);
  });
});
