import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uploadKey } from "@hunar/core/upload-keys";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../testing/factories.ts";
import { testDbKinds } from "../testing/test-db.ts";
import { useTestDb } from "../testing/use-test-db.ts";
import { SHOWCASE_HANDLE, seedDemoProfiles } from "./seed-profiles.ts";

describe.each(testDbKinds())("demo profiles on %s", (kind) => {
  const t = useTestDb(kind);

  it("give the showcase freelancer two portfolio pieces with WebP files and a certificate, once", async () => {
    const root = await mkdtemp(join(tmpdir(), "hunar-seed-profiles-"));
    try {
      const files = new LocalDiskUploadStorage(root, "profiles");
      const user = await createTestUser(t.db, "Ayesha Khan", { profile: { city: "Lahore" } });
      const ids = new Map([[SHOWCASE_HANDLE, user.userId]]);
      expect(await t.db.$transaction((tx) => seedDemoProfiles(tx, ids, files))).toBe(2);
      const items = await t.db.portfolioItem.findMany({ where: { userId: user.userId }, orderBy: { position: "asc" } });
      expect(items.map((item) => item.position)).toEqual([0, 1]);
      const bytes = await readFile(join(root, uploadKey("profiles", `${items[0]?.imageKey ?? ""}-480.webp`)));
      expect(bytes.subarray(8, 12).toString()).toBe("WEBP");
      expect(await t.db.certificate.count({ where: { userId: user.userId, issuer: "DigiSkills.pk" } })).toBe(1);
      // A second seed leaves the profile as it is.
      expect(await t.db.$transaction((tx) => seedDemoProfiles(tx, ids, files))).toBe(0);
      expect(await t.db.portfolioItem.count({ where: { userId: user.userId } })).toBe(2);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
