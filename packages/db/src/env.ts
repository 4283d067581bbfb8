import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { repoRoot } from "./repo-root.ts";

// Empty values (`DATABASE_URL=` in a copied .env.example) mean "not set".
const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional();

const DbEnvSchema = z.object({
  /** PostgreSQL server; when unset the app uses embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.preprocess(blankAsUnset, postgresUrl),
  /** Where embedded data lives. A relative path is taken from the repository root. */
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default("./.data")),
  /** PostgreSQL server for integration tests; when unset they run on PGlite only. */
  TEST_DATABASE_URL: z.preprocess(blankAsUnset, postgresUrl),
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(["development", "production", "test"]).default("development")),
  /** CI must never silently skip the PostgreSQL tests. */
  CI: z.preprocess(blankAsUnset, z.string().optional()).transform((v) => v === "true" || v === "1"),
});

export type DbEnv = Omit<z.output<typeof DbEnvSchema>, "DATA_DIR"> & {
  /** Absolute path. */
  DATA_DIR: string;
};

/** A misconfiguration the CLIs report without a stack trace. */
export class InvalidEnvError extends Error {
  override name = "InvalidEnvError";
}

export function parseDbEnv(source: Record<string, string | undefined>, cwd = process.cwd()): DbEnv {
  const parsed = DbEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new InvalidEnvError(`Invalid database environment:\n${z.prettifyError(parsed.error)}`);
  }
  const dataDir = parsed.data.DATA_DIR;
  return { ...parsed.data, DATA_DIR: isAbsolute(dataDir) ? dataDir : resolve(repoRoot(cwd), dataDir) };
}

export const env: DbEnv = parseDbEnv(process.env);
