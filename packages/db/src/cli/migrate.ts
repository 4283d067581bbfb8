// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const { describeTarget, targetFromEnv } = await import("../client.ts");
  const { migrate, MigrationError } = await import("../migrate/migrate.ts");
  const target = targetFromEnv();
  try {
    const { applied } = await migrate(target);
    if (applied.length === 0) {
      console.log(`${describeTarget(target)}: up to date.`);
      return;
    }
    console.log(`${describeTarget(target)}: applied ${applied.length} migration(s):`);
    for (const name of applied) console.log(`  ${name}`);
  } catch (error) {
    if (error instanceof MigrationError && error.applied.length > 0) {
      console.log(`${describeTarget(target)}: applied before the failure:`);
      for (const name of error.applied) console.log(`  ${name}`);
    }
    throw error;
  }
});
