import { appendFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { copyOfPrismaFolder } from "../../test/migrations-copy.ts";
import { checkDrift } from "./migrate.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

// The drift check builds a database from the migrations on a scratch PGlite and compares it with
// the schema; the result does not depend on which server later runs the migrations.
describe("schema and migrations", () => {
  it("agree: prisma/migrations creates exactly what prisma/schema.prisma describes", async () => {
    const drift = await checkDrift();
    expect(drift, "Run `pnpm db:migration:new <name>` to write the missing migration:\n" + drift).toBe("");
  });

  it("are reported as drifting when the schema gains a model no migration creates", async () => {
    const folder = await copyOfPrismaFolder();
    cleanups.push(folder.remove);
    await appendFile(folder.schemaPath, "\nmodel Bookmark {\n  id     String @id\n  gigId  String\n}\n");

    const drift = await checkDrift(folder);

    expect(drift).toContain('CREATE TABLE "Bookmark"');
  });

  it("are reported as drifting when a migration changes something the schema does not have", async () => {
    const folder = await copyOfPrismaFolder();
    cleanups.push(folder.remove);
    await folder.addMigration("9000_hand_written", 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n');

    expect(await checkDrift(folder)).toMatch(/DROP COLUMN "nickname"/);
  });
});
