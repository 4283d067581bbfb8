import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachGigImages, reserveGigImagesForRevision } from "./attach-gig-images.ts";
import { deleteOrphanedGigImages } from "./delete-orphaned-gig-images.ts";
import { variantStorageKey } from "./gig-image-urls.ts";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createDraftGig, createFreelancer } from "./testing/fixtures.ts";
import { samplePng } from "./testing/sample-images.ts";
import { uploadGigImage } from "./upload-gig-image.ts";

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDbKinds())("deleteOrphanedGigImages on %s", (kind) => {
  const t = useTestDb(kind);
  let dir: string;
  let storage: LocalDiskUploadStorage;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-cleanup-"));
    storage = new LocalDiskUploadStorage(dir, "gig-images");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("deletes day-old images on no gig and no waiting revision, with their files, and keeps the rest", async () => {
    const owner = await createFreelancer(t.db);
    const gigId = await createDraftGig(t.db, owner);
    const png = await samplePng(200, 200);
    const uploadedAt = new Date("2026-01-10T08:00:00Z");
    const upload = () => uploadGigImage(t.db, storage, { uploaderId: owner, bytes: png, now: uploadedAt });

    const abandoned = await upload();
    const onGig = await upload();
    const dropped = await upload();
    const waiting = await upload();
    const ofRejectedEdit = await upload();
    await attachGigImages(t.db, { ownerId: owner, gigId, imageIds: [onGig, dropped].map((i) => i.id) });
    await attachGigImages(t.db, { ownerId: owner, gigId, imageIds: [onGig.id] });
    const pending = await t.db.gigRevision.create({ data: { gigId, data: {} } });
    await reserveGigImagesForRevision(t.db, { ownerId: owner, gigId, revisionId: pending.id, imageIds: [waiting.id] });
    const rejected = await t.db.gigRevision.create({ data: { gigId, data: {}, status: "REJECTED" } });
    await t.db.gigImage.update({ where: { id: ofRejectedEdit.id }, data: { revisionId: rejected.id } });
    const fresh = await uploadGigImage(t.db, storage, {
      uploaderId: owner,
      bytes: png,
      now: new Date(uploadedAt.getTime() + DAY),
    });

    // Not yet a day old: nothing goes.
    expect(await deleteOrphanedGigImages(t.db, storage, { now: new Date(uploadedAt.getTime() + DAY - 1000) })).toEqual({
      deleted: 0,
      undeletedKeys: [],
    });

    const result = await deleteOrphanedGigImages(t.db, storage, { now: new Date(uploadedAt.getTime() + DAY + 1000), batchSize: 2 });
    expect(result).toEqual({ deleted: 3, undeletedKeys: [] });

    const remaining = await t.db.gigImage.findMany({ where: { uploaderId: owner }, select: { id: true } });
    expect(remaining.map((image) => image.id).sort()).toEqual([onGig.id, waiting.id, fresh.id].sort());
    for (const image of [abandoned, dropped, ofRejectedEdit]) {
      for (const width of image.variantWidths) expect(await storage.get(variantStorageKey(image.storageKey, width))).toBeNull();
    }
    for (const image of [onGig, waiting, fresh]) {
      const stored = await storage.get(variantStorageKey(image.storageKey, 400));
      expect(stored).not.toBeNull();
      stored?.body.destroy();
    }
  });
});
