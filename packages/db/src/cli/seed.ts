// `pnpm db:seed`: migrates, then writes reference data and the demo marketplace. Idempotent.
// `pnpm db:seed -- --reference-only` writes only categories and the fee schedule (production).
import { parseArgs } from "node:util";
import { runCli, UsageError } from "./run-cli.ts";

// OWASP's argon2id parameters, as the auth package uses for real accounts.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

await runCli(async () => {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const { values } = parseArgs({
    args,
    options: { "reference-only": { type: "boolean", default: false } },
  });
  const referenceOnly = values["reference-only"];

  const { env } = await import("../env.ts");
  if (!referenceOnly && env.NODE_ENV === "production") {
    throw new UsageError(
      "Refusing to create demo accounts with NODE_ENV=production: they share a published password.\n" +
        "Use `pnpm db:seed -- --reference-only` for categories and fees, and `pnpm admin:create <email>` for an admin.",
    );
  }
  const { createDb, describeTarget, disposeDb, targetFromEnv } = await import("../client.ts");
  const { migrate } = await import("../migrate/migrate.ts");
  const { DEMO_PASSWORD, describeDemoLogins } = await import("../seed/demo-credentials.ts");
  const { seedDemo, seedReferenceData } = await import("../seed/seed-demo.ts");

  const target = targetFromEnv();
  const { applied } = await migrate(target);
  console.log(`Database: ${describeTarget(target)} (${applied.length} migration(s) applied)`);

  const db = await createDb(target);
  try {
    if (referenceOnly) {
      const { categories } = await db.$transaction((tx) => seedReferenceData(tx), {
        timeout: 60_000,
      });
      console.log(`Reference data in place: ${categories.size} categories, fee schedule v1.`);
      return;
    }
    const { hash } = await import("@node-rs/argon2");
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2);
    const created = await db.$transaction((tx) => seedDemo(tx, { passwordHash }), {
      maxWait: 60_000,
      timeout: 300_000,
    });
    console.log(
      `Created ${created.categories} categories, ${created.users} users, ${created.gigs} gigs, ` +
        `${created.orders} reviewed orders, ${created.jobs} jobs (existing rows left as they were).`,
    );
    console.log(["Demo logins:", ...describeDemoLogins().map((line) => `  ${line}`)].join("\n"));
  } finally {
    await disposeDb(db);
  }
});
