// Preloaded by the command-line scripts (`tsx --import`), before anything parses the environment,
// so `pnpm db:migrate`, `pnpm db:seed` and `pnpm admin:create` see the same repository .env as the
// server. Variables already set in the environment win over the file.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../repo-root.ts";

const file = join(repoRoot(), ".env");
if (existsSync(file)) process.loadEnvFile(file);
