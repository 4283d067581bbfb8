import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "./pglite-lock.ts";

const dataDir = () => join(mkdtempSync(join(tmpdir(), "hunar-lock-")), "pglite");

describe("lockDataDir", () => {
  it("refuses a directory another live process holds, naming that process", async () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, String(process.ppid));
    await expect(lockDataDir(dir)).rejects.toThrow(`already open in process ${process.ppid}`);
  });

  it("takes over a lock left by a process that has exited", async () => {
    const dir = dataDir();
    const exited = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(`${dir}.lock`, String(exited));

    const release = await lockDataDir(dir);

    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});

describe("lockDataDir after a restart with the same pid", () => {
  it("treats a lock with our pid that we never took as left over", async () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, String(process.pid));

    const release = await lockDataDir(dir);

    await expect(lockDataDir(dir)).rejects.toThrow("already open in this process");
    await release();
  });
});
