import type { ScriptError } from "./connection.ts";

/** An expected failure the CLI reports without a stack trace. */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    message: string,
    /** The migration folder that failed, when one did. */
    readonly migration: string | null = null,
    /** Migrations committed by this run before the failure. */
    readonly applied: string[] = [],
  ) {
    super(message);
  }
}

function lineOf(sql: string, position: number | undefined): number | undefined {
  if (position === undefined || Number.isNaN(position) || position < 1) return undefined;
  return sql.slice(0, position - 1).split("\n").length;
}

/** The engine's message without the Rust span trace that follows it. */
export function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n");
  const traceStart = lines.findIndex((l) => /^\s+\d+: /.test(l));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}

export function migrationFailed(options: {
  migration: string;
  file: string;
  sql: string;
  scriptError: ScriptError | undefined;
  engineError: unknown;
  applied: string[];
}): MigrationError {
  const { migration, file, sql, scriptError, engineError, applied } = options;
  let reason = engineMessage(engineError);
  if (scriptError) {
    const line = lineOf(sql, scriptError.position);
    reason = [
      line === undefined ? scriptError.message : `${scriptError.message} (${file}, line ${line})`,
      scriptError.detail && `Detail: ${scriptError.detail}`,
      scriptError.hint && `Hint: ${scriptError.hint}`,
    ]
      .filter(Boolean)
      .join("\n");
  }
  return new MigrationError(
    `Migration ${migration} failed: ${reason}\nIt was rolled back: the database is as it was before ${migration}.`,
    migration,
    applied,
  );
}
