import type { MigrationPaths } from "./paths.ts";
import { diffMigrationsToSchema } from "./schema-diff.ts";

/**
 * What the migrations are missing to match prisma/schema.prisma, as SQL; "" when they agree.
 * Non-empty means someone changed the schema without `pnpm db:migration:new`, or edited a
 * migration by hand in a way the schema does not describe.
 */
export function checkDrift(paths: MigrationPaths = {}): Promise<string> {
  return diffMigrationsToSchema(paths);
}
