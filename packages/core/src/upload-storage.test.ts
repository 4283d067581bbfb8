import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSafeUploadKey, newUploadKey, uploadKey } from "./upload-keys.ts";
import { LocalDiskUploadStorage } from "./upload-storage.ts";

let dir: string;
let storage: LocalDiskUploadStorage;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hunar-storage-"));
  storage = new LocalDiskUploadStorage(join(dir, "uploads"), "gig-images");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("upload keys", () => {
  it("shard a name by its first two characters inside the area's folder", () => {
    expect(uploadKey("gig-images", "3f9a-400.webp")).toBe("gigs/3f/3f9a-400.webp");
    expect(newUploadKey("chat")).toMatch(/^attachments\/([0-9a-f]{2})\/\1[0-9a-f]{6}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(newUploadKey("deliveries")).toMatch(/^deliveries\/[0-9a-f]{2}\//);
    expect(newUploadKey("chat")).not.toBe(newUploadKey("chat"));
    expect(() => uploadKey("chat", "../x")).toThrow(/Not a safe upload name/);
  });

  it("belong to one area", () => {
    const key = uploadKey("chat", "ab12");
    expect(isSafeUploadKey("chat", key)).toBe(true);
    expect(isSafeUploadKey("gig-images", key)).toBe(false);
  });
});

describe("LocalDiskUploadStorage", () => {
  it("stores, reads back with size, and deletes", async () => {
    await storage.put("gigs/ab/abc-400.webp", Buffer.from("webp bytes"));
    const stored = await storage.get("gigs/ab/abc-400.webp");
    expect(stored?.size).toBe(10);
    expect(await text(stored!.body)).toBe("webp bytes");
    // Written then renamed: no temporary file is left beside it.
    expect(await readdir(join(dir, "uploads/gigs/ab"))).toEqual(["abc-400.webp"]);

    await storage.delete("gigs/ab/abc-400.webp");
    expect(await storage.get("gigs/ab/abc-400.webp")).toBeNull();
    await expect(storage.delete("gigs/ab/abc-400.webp")).resolves.toBeUndefined();
  });

  it("answers null for a key that was never stored", async () => {
    expect(await storage.get("gigs/00/00nothing-400.webp")).toBeNull();
  });

  it("refuses keys that could leave the upload directory or belong to another area", async () => {
    for (const key of [
      "../escape.webp",
      "gigs/../../escape.webp",
      "gigs/ab/../../x.webp",
      "/etc/passwd.png",
      "gigs\\x.webp",
      "gigs/ab/.hidden.webp",
      "GIGS/AB/A.webp",
      "gigs//x.webp",
      "gigs/ab/x.webp.tmp.tmp",
      "attachments/ab/ab12",
    ]) {
      expect(isSafeUploadKey("gig-images", key), key).toBe(false);
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/Unsafe gig-images upload key/);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).rejects.toThrow(/Unsafe gig-images upload key/);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it("does not follow a symlink planted in the upload directory", async () => {
    const secret = join(dir, "secret.txt");
    await writeFile(secret, "private");
    await storage.put("gigs/ab/real.webp", Buffer.from("x"));
    await symlink(secret, join(dir, "uploads/gigs/ab/link.webp"));
    expect(await storage.get("gigs/ab/link.webp")).toBeNull();
  });

  it("does not serve a directory as a file", async () => {
    await mkdir(join(dir, "uploads/gigs/f0/folder.webp"), { recursive: true });
    expect(await storage.get("gigs/f0/folder.webp")).toBeNull();
  });

  it("lists the area's files written before a cutoff, and nothing else", async () => {
    const chat = new LocalDiskUploadStorage(join(dir, "uploads"), "chat");
    expect(await storage.listOlderThan(new Date())).toEqual([]);
    await storage.put("gigs/ab/abold-400.webp", Buffer.from("old"));
    await storage.put("gigs/cd/cdnew-400.webp", Buffer.from("new"));
    await chat.put("attachments/ab/abchat", Buffer.from("chat"));
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await utimes(join(dir, "uploads/gigs/ab/abold-400.webp"), dayAgo, dayAgo);
    await utimes(join(dir, "uploads/attachments/ab/abchat"), dayAgo, dayAgo);
    // A temporary file of a write that never finished is not an upload.
    await writeFile(join(dir, "uploads/gigs/ab/abold-400.webp.0123456789ab.tmp"), "half");
    await utimes(join(dir, "uploads/gigs/ab/abold-400.webp.0123456789ab.tmp"), dayAgo, dayAgo);

    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    expect(await storage.listOlderThan(hourAgo)).toEqual(["gigs/ab/abold-400.webp"]);
    expect(await storage.listOlderThan(new Date(Date.now() + 1000))).toEqual(["gigs/ab/abold-400.webp", "gigs/cd/cdnew-400.webp"]);
    expect(await chat.listOlderThan(hourAgo)).toEqual(["attachments/ab/abchat"]);
  });
});
