import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { seedDemo } from "@hunar/db/seed";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variantStorageKey } from "../images/gig-image-urls.ts";
import { seedDemoCovers } from "./seed-demo-covers.ts";

describe.each(testDbKinds())("demo covers on %s", (kind) => {
  let t: TestDb;
  let dir: string;
  let storage: LocalDiskUploadStorage;

  beforeAll(async () => {
    t = await createTestDb(kind);
    dir = await mkdtemp(join(tmpdir(), "hunar-covers-"));
    storage = new LocalDiskUploadStorage(dir, "gig-images");
    await t.db.$transaction((tx) => seedDemo(tx, { passwordHash: "not-a-real-hash" }), { timeout: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives every published demo gig a cover whose files are valid WebP images in every stored width, once", async () => {
    const published = await t.db.gig.count({ where: { status: "PUBLISHED" } });
    expect(published).toBeGreaterThan(20);

    expect(await seedDemoCovers(t.db, storage)).toEqual({ created: published });

    const gigs = await t.db.gig.findMany({
      where: { status: "PUBLISHED" },
      select: { titleUr: true, titleEn: true, freelancerId: true, images: true },
    });
    for (const gig of gigs) {
      expect(gig.images).toHaveLength(1);
      const [image] = gig.images;
      if (!image) continue;
      expect(image).toMatchObject({ mimeType: "image/webp", width: 1200, height: 900, uploaderId: gig.freelancerId, position: 0 });
      expect(image).toMatchObject({ altUr: gig.titleUr, altEn: gig.titleEn, variantWidths: [400, 1200] });
      for (const width of image.variantWidths) {
        const bytes = await readFile(join(dir, variantStorageKey(image.storageKey, width)));
        const metadata = await sharp(bytes).metadata();
        expect(metadata).toMatchObject({ format: "webp", width, height: (width * 3) / 4 });
        if (width === image.width) expect(bytes.length).toBe(image.byteSize);
      }
    }
    // Run again: every gig has its image, so nothing is added.
    expect(await seedDemoCovers(t.db, storage)).toEqual({ created: 0 });
    expect(await t.db.gigImage.count()).toBe(published);
  }, 120_000);
});
