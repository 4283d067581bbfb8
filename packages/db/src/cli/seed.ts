// `pnpm db:seed`: migrates, then writes reference data and the demo marketplace. Idempotent.
// `--reference-only` writes only categories and the fee schedule (the production case).
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { createDb, describeTarget, disposeDb, targetFromEnv } from "../client.ts";
import { env } from "../env.ts";
import { migrate } from "../migrate/migrate.ts";
import { DEMO_PASSWORD, describeDemoLogins } from "../seed/demo-credentials.ts";
import { seedDemo, seedReferenceData } from "../seed/seed-demo.ts";

// OWASP's argon2id parameters, as the auth package uses for real accounts.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: { "reference-only": { type: "boolean", default: false } },
  });
  const referenceOnly = values["reference-only"];
  if (!referenceOnly && env.NODE_ENV === "production") {
    console.error(
      "Refusing to create demo accounts with NODE_ENV=production: they share a published password.\n" +
        "Use `pnpm db:seed -- --reference-only` for categories and fees, and `pnpm admin:create <email>` for an admin.",
    );
    return 1;
  }

  const target = targetFromEnv();
  const migrated = await migrate(target);
  console.log(
    `Database: ${describeTarget(target)} (${migrated.applied.length} migration(s) applied)`,
  );

  const db = await createDb(target);
  try {
    if (referenceOnly) {
      const { categories } = await db.$transaction((tx) => seedReferenceData(tx), {
        timeout: 60_000,
      });
      console.log(`Reference data in place: ${categories.size} categories, fee schedule v1.`);
      return 0;
    }
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2);
    const created = await db.$transaction((tx) => seedDemo(tx, { passwordHash }), {
      timeout: 120_000,
    });
    console.log(
      `Created ${created.categories} categories, ${created.users} users, ${created.gigs} gigs, ` +
        `${created.orders} reviewed orders, ${created.jobs} jobs (existing rows left as they were).`,
    );
    console.log(["Demo logins:", ...describeDemoLogins().map((line) => `  ${line}`)].join("\n"));
    return 0;
  } finally {
    await disposeDb(db);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/** `pnpm run x -- --flag` passes the "--" along; it only separates pnpm's options from ours. */
function cliArgs(): string[] {
  const args = process.argv.slice(2);
  return args[0] === "--" ? args.slice(1) : args;
}
