// Connection failures a person fixes by starting a server or correcting a URL, not by reading a stack.
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET", "28P01", "28000", "3D000"]);

function expectedFailure(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (["MigrationError", "InvalidEnvError", "UsageError"].includes(error.name)) return error.message;
  if (error.message.startsWith("The embedded database at ")) return error.message;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) {
    return `Could not connect to the database (${code})${error.message ? `: ${error.message}` : ""}. Is PostgreSQL running and DATABASE_URL right?`;
  }
  return null;
}

export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Runs a command and sets the exit code. Expected failures print one clear message; anything
 * else is a bug and keeps its stack. The command's modules are imported inside `main` so that
 * even a bad environment (parsed at import) is reported as an expected failure.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = expectedFailure(error);
    console.error(message ?? error);
    process.exitCode = 1;
  }
}
