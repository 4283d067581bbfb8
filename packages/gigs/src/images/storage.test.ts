import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSafeStorageKey, LocalDiskStorage } from "./storage.ts";

let dir: string;
let storage: LocalDiskStorage;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hunar-storage-"));
  storage = new LocalDiskStorage(join(dir, "uploads"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("LocalDiskStorage", () => {
  it("stores, reads back with size and type, and deletes", async () => {
    await storage.put("gigs/ab/abc-400.webp", Buffer.from("webp bytes"), "image/webp");
    const stored = await storage.get("gigs/ab/abc-400.webp");
    expect(stored?.size).toBe(10);
    expect(stored?.contentType).toBe("image/webp");
    expect(await text(stored!.body)).toBe("webp bytes");
    // Written then renamed: no temporary file is left beside it.
    expect(await readdir(join(dir, "uploads/gigs/ab"))).toEqual(["abc-400.webp"]);

    await storage.delete("gigs/ab/abc-400.webp");
    expect(await storage.get("gigs/ab/abc-400.webp")).toBeNull();
    await expect(storage.delete("gigs/ab/abc-400.webp")).resolves.toBeUndefined();
  });

  it("answers null for a key that was never stored", async () => {
    expect(await storage.get("gigs/00/nothing-400.webp")).toBeNull();
  });

  it("refuses keys that could leave the upload directory", async () => {
    for (const key of [
      "../escape.webp",
      "gigs/../../escape.webp",
      "/etc/passwd.png",
      "gigs\\x.webp",
      ".hidden.webp",
      "GIGS/A.webp",
      "gigs//x.webp",
    ]) {
      expect(isSafeStorageKey(key)).toBe(false);
      await expect(storage.put(key, Buffer.from("x"), "image/webp")).rejects.toThrow(/Unsafe storage key/);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).rejects.toThrow(/Unsafe storage key/);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses bytes whose type does not match the key", async () => {
    await expect(storage.put("gigs/a.webp", Buffer.from("x"), "text/html")).rejects.toThrow(/does not match/);
  });

  it("does not follow a symlink planted in the upload directory", async () => {
    const secret = join(dir, "secret.txt");
    await writeFile(secret, "private");
    await storage.put("gigs/real.webp", Buffer.from("x"), "image/webp");
    await symlink(secret, join(dir, "uploads/gigs/link.webp"));
    expect(await storage.get("gigs/link.webp")).toBeNull();
  });

  it("does not serve a directory as a file", async () => {
    await mkdir(join(dir, "uploads/gigs/folder.webp"), { recursive: true });
    expect(await storage.get("gigs/folder.webp")).toBeNull();
  });
});
