import { parseArgs } from "node:util";
import { isAppError } from "@hunar/core/app-error";
import { closeDb, getDb } from "@hunar/db/client";
import { createT } from "@hunar/i18n/translate";
import { makeAdmin } from "../make-admin.ts";

// `pnpm admin:create <email> [--name "Display name"]`: promotes an existing account or creates a
// new admin with a generated password printed once.
const t = createT("en");
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" } },
});
const email = positionals[0];
if (!email) {
  console.log(t("auth:adminCreate.usage"));
  process.exit(2);
}

const db = await getDb();
try {
  const result = await makeAdmin(db, values.name ? { email, name: values.name } : { email });
  console.log(t(`auth:adminCreate.${result.status}`, { email: result.email }));
  if (result.status === "created") console.log(t("auth:adminCreate.passwordOnce", { password: result.password }));
} catch (error) {
  if (!isAppError(error)) throw error;
  const details = Object.entries(error.fields ?? {}).map(([field, problem]) => `${field}: ${t(problem.key, problem.params)}`);
  console.log([t(error.messageKey, error.params), ...details].join("\n"));
  process.exitCode = 1;
} finally {
  await closeDb();
}
