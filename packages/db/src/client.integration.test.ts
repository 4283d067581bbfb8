import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

let dataDir: string | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.resetModules();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

/** The package's modules as a process started with this environment would see them. */
async function freshModules(environment: Record<string, string>) {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  vi.resetModules();
  return {
    client: await import("./client.ts"),
    migrations: await import("./migrate/migrate.ts"),
  };
}

describe("the embedded database (no DATABASE_URL)", () => {
  it("lives under DATA_DIR/pglite, is migrated there, and is one client per process", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hunar-data-"));
    const { client, migrations } = await freshModules({ DATA_DIR: dataDir, DATABASE_URL: "" });
    const target = client.targetFromEnv();
    expect(target).toEqual({ kind: "pglite", dataDir: join(dataDir, "pglite") });

    expect((await migrations.migrate(target)).applied.length).toBeGreaterThan(0);
    const db = await client.getDb();
    expect(await client.getDb()).toBe(db);
    await db.category.create({ data: { slug: "translation", nameUr: "ترجمہ", nameEn: "Translation" } });

    // Held open by this process: a second owner (say `pnpm db:migrate` beside a running server)
    // is refused instead of corrupting the data directory.
    await expect(migrations.migrate(target)).rejects.toThrow(/already open in this process/);

    await client.closeDb();
    expect(existsSync(`${join(dataDir, "pglite")}.lock`)).toBe(false);
    expect((await migrations.migrate(target)).applied).toEqual([]);
    const reopened = await client.createDb(target);
    try {
      expect(await reopened.category.findUnique({ where: { slug: "translation" }, select: { nameUr: true } })).toEqual({
        nameUr: "ترجمہ",
      });
    } finally {
      await client.disposeDb(reopened);
    }
  });

  it("takes PostgreSQL when DATABASE_URL is set", async () => {
    const { client } = await freshModules({ DATABASE_URL: "postgresql://app@db.internal:6432/hunar" });
    expect(client.targetFromEnv()).toEqual({ kind: "postgres", url: "postgresql://app@db.internal:6432/hunar" });
    expect(client.describeTarget(client.targetFromEnv())).toBe("PostgreSQL db.internal:6432/hunar");
  });
});
