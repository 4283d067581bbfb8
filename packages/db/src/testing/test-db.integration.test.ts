import pg from "pg";
import { describe, expect, it } from "vitest";
import { env } from "../env.ts";
import { createTestDb, testDbKinds } from "./test-db.ts";
import { useTestDb } from "./use-test-db.ts";

describe.each(testDbKinds())("test databases on %s", (kind) => {
  it("are migrated and empty", async () => {
    const t = await createTestDb(kind);
    try {
      const migrations = await t.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(migrations[0]?.n).toBeGreaterThan(0);
      expect(await t.db.user.count()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it("are isolated from each other", async () => {
    const [a, b] = await Promise.all([createTestDb(kind), createTestDb(kind)]);
    try {
      await a.db.category.create({ data: { slug: "video-editing", nameUr: "ویڈیو ایڈیٹنگ", nameEn: "Video editing" } });
      expect(await a.db.category.count()).toBe(1);
      expect(await b.db.category.count()).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("have pg_trgm for fuzzy and Roman-Urdu search", async () => {
    const t = await createTestDb(kind);
    try {
      await t.db.$executeRaw`CREATE EXTENSION IF NOT EXISTS pg_trgm`;
      const [row] = await t.db.$queryRaw<{ score: number }[]>`SELECT similarity('khaata', 'khata') AS score`;
      expect(row?.score).toBeGreaterThan(0.3);
    } finally {
      await t.close();
    }
  });

  describe("useTestDb", () => {
    const t = useTestDb(kind);

    it("gives the block a database of its own", async () => {
      await t.db.category.create({ data: { slug: "translation", nameUr: "ترجمہ", nameEn: "Translation" } });
      expect(await t.db.category.count()).toBe(1);
    });
  });
});

describe.runIf(testDbKinds().includes("postgres"))("PostgreSQL test databases", () => {
  it("are dropped by close()", async () => {
    const t = await createTestDb("postgres");
    if (t.target.kind !== "postgres") throw new Error("expected a PostgreSQL target");
    const name = new URL(t.target.url).pathname.slice(1);
    await t.close();

    const client = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      expect(found.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
