import { appendFile, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyOfPrismaFolder } from "../../test/migrations-copy.ts";
import { checkDrift, createMigration, MigrationError } from "./migrate.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function scratch() {
  const folder = await copyOfPrismaFolder();
  cleanups.push(folder.remove);
  return folder;
}

const BOOKMARK = "\nmodel Bookmark {\n  id    String @id\n  gigId String\n\n  @@index([gigId])\n}\n";

describe("createMigration", () => {
  it("writes the next numbered migration with what the schema added, after which nothing drifts", async () => {
    const folder = await scratch();
    const before = await readdir(folder.migrationsDir);
    await appendFile(folder.schemaPath, BOOKMARK);

    const created = await createMigration("Add bookmarks", folder);

    const next = String(before.filter((n) => /^\d{4}_/.test(n)).length + 1).padStart(4, "0");
    expect(created.name).toBe(`${next}_add_bookmarks`);
    const written = await readFile(join(folder.migrationsDir, `${next}_add_bookmarks`, "migration.sql"), "utf8");
    expect(written).toBe(created.sql);
    expect(written).toContain('CREATE TABLE "Bookmark"');
    expect(written).toContain('CREATE INDEX "Bookmark_gigId_idx"');
    expect(await checkDrift(folder)).toBe("");
  });

  it("writes nothing when the schema already matches the migrations", async () => {
    const folder = await scratch();
    const before = await readdir(folder.migrationsDir);

    const created = await createMigration("nothing_to_do", folder);

    expect(created).toEqual({ name: null, file: null, sql: "" });
    expect(await readdir(folder.migrationsDir)).toEqual(before);
  });

  it("squashes every migration into one, identical each time it is regenerated", async () => {
    const folder = await scratch();
    await appendFile(folder.schemaPath, BOOKMARK);
    await createMigration("add_bookmarks", folder);

    const first = await createMigration("init", { ...folder, squash: true });
    const second = await createMigration("init", { ...folder, squash: true });

    expect((await readdir(folder.migrationsDir)).sort()).toEqual(["0001_init", "migration_lock.toml"]);
    expect(second.sql).toBe(first.sql);
    expect(first.sql).toContain('CREATE TABLE "Bookmark"');
    expect(await checkDrift(folder)).toBe("");
  });

  it("starts a migrations folder from nothing, lock file included", async () => {
    const folder = await scratch();
    await rm(folder.migrationsDir, { recursive: true });

    const created = await createMigration("init", folder);

    expect(created.name).toBe("0001_init");
    expect(await readFile(join(folder.migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("refuses a name with no letters or digits", async () => {
    await expect(createMigration("--", await scratch())).rejects.toBeInstanceOf(MigrationError);
  });
});
