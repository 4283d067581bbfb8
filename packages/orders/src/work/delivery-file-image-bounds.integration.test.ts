import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { uploadAttachment } from "@hunar/chat/attachments/upload-attachment";
import { imageSlots, MAX_IMAGES_IN_PROCESSING } from "@hunar/core/images/image-slots";
import { frameBombGif, noisyPhoto } from "@hunar/core/images/testing/sample-images";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { uploadGigImage } from "@hunar/gigs/images/upload-gig-image";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrderWorld, type OrderWorld } from "../testing/order-fixtures.ts";
import { solidPng } from "../testing/sample-files.ts";
import { storeDeliveryFile } from "./store-delivery-file.ts";

// If the bounds failed, a frame bomb would take minutes: the test fails on this instead of hanging
// (generous, for a busy machine: re-encoding the noisy photo takes a few seconds of a core).
const HANG_GUARD = { timeout: 30_000 };

/**
 * Resolves once `userId` has `count` images in processing; fails if one of `uploads` settles first
 * (it would no longer hold its slot), instead of waiting forever.
 */
async function inProcessing(userId: string, count: number, uploads: Array<Promise<unknown>>): Promise<void> {
  let settled = false;
  const markSettled = () => {
    settled = true;
  };
  for (const upload of uploads) void upload.then(markSettled, markSettled);
  while (imageSlots.inUse(userId) < count) {
    if (settled) throw new Error(`an upload settled before ${count} of ${userId}'s images were in processing`);
    await sleep(1);
  }
}

describe.each(testDbKinds())("bounds on delivery images on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  let dir: string;
  let deliveries: LocalDiskUploadStorage;
  const store = (fileName: string, bytes: Uint8Array) => storeDeliveryFile(t.db, deliveries, w.freelancer, { fileName, bytes });
  const stored = async () => ({
    rows: await t.db.attachment.count(),
    files: (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length,
  });

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
    dir = await mkdtemp(join(tmpdir(), "hunar-delivery-bounds-"));
    deliveries = new LocalDiskUploadStorage(dir, "deliveries");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses a frame bomb in the delivery's own words, storing nothing", HANG_GUARD, async () => {
    const before = await stored();
    const key = "orders:errors.files.animationTooLarge";
    const params = { maxFrames: 100, maxMegapixels: 16 };
    await expect(store("logo.gif", frameBombGif(100_000))).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: key,
      params,
      fields: { files: { key, params } },
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses a third image while two of the freelancer's are in processing, in the delivery's own words", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = Array.from({ length: MAX_IMAGES_IN_PROCESSING }, () =>
      imageSlots.run(
        w.freelancer.userId,
        () => gate,
        () => new Error("a slot should be free"),
      ),
    );
    try {
      await expect(store("mockup.png", solidPng(40, 30))).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "orders:errors.files.busy",
        fields: { files: { key: "orders:errors.files.busy" } },
      });
    } finally {
      release();
      await Promise.all(held);
    }
    await expect(store("mockup.png", solidPng(40, 30))).resolves.toMatchObject({ mimeType: "image/webp" });
  });

  it("counts a chat image and a gig image of one person against the same cap as a delivery", HANG_GUARD, async () => {
    const userId = w.freelancer.userId;
    const photo = await noisyPhoto();
    // Both are let go once the delivery has been refused: how they end (stored, cut off on a busy
    // machine, stopped by the signal) is not what this test is about.
    const letGo = new AbortController();
    const { signal } = letGo;
    const chat = uploadAttachment(
      t.db,
      new LocalDiskUploadStorage(dir, "chat"),
      { userId },
      { fileName: "photo.jpg", bytes: photo, signal },
    );
    await inProcessing(userId, 1, [chat]);
    const gig = uploadGigImage(t.db, new LocalDiskUploadStorage(dir, "gig-images"), { uploaderId: userId, bytes: photo, signal });
    await inProcessing(userId, 2, [chat, gig]);
    // One image in a chat and one for a gig take both of the person's slots: a delivery image waits for neither.
    await expect(store("mockup.png", solidPng(40, 30))).rejects.toMatchObject({ messageKey: "orders:errors.files.busy" });
    letGo.abort();
    await Promise.allSettled([chat, gig]);
    expect(imageSlots.inUse(userId)).toBe(0);
    await expect(store("mockup.png", solidPng(40, 30))).resolves.toMatchObject({ mimeType: "image/webp" });
  });
});
