// `pnpm db:migration:new <name> [--squash]`: writes the next migration from prisma/schema.prisma.
import { relative } from "node:path";
import { runCli, UsageError } from "./run-cli.ts";

const USAGE = `Usage: pnpm db:migration:new <name> [--squash]

Writes prisma/migrations/NNNN_<name>/migration.sql with the SQL that brings the existing
migrations up to prisma/schema.prisma. Review it, then run pnpm db:migrate.

  --squash  Replace ALL existing migrations with one written from an empty database.
            Only while no database anywhere has been migrated with them (before the first
            release): \`pnpm db:migration:new init --squash\` regenerates the initial migration.`;

await runCli(async () => {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const squash = args.includes("--squash");
  const names = args.filter((a) => !a.startsWith("--"));
  if (names.length !== 1 || !names[0]) throw new UsageError(USAGE);

  const { createMigration } = await import("../migrate/migrate.ts");
  const created = await createMigration(names[0], { squash });
  if (created.file === null) {
    console.log("prisma/schema.prisma matches the migrations: no migration written.");
    return;
  }
  const statements = created.sql.split("\n").filter((l) => l.startsWith("-- ")).length;
  console.log(`Wrote ${relative(process.cwd(), created.file)} (${statements} change(s)). Review it, then run pnpm db:migrate.`);
});
