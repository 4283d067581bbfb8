import { open, readFile, unlink } from "node:fs/promises";

// Lock files this process holds. Kept on globalThis so a dev-server module reload still knows.
const host = globalThis as typeof globalThis & { __hunarDataDirLocks?: Set<string> };
const held = (host.__hunarDataDirLocks ??= new Set<string>());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holder(lockFile: string): Promise<number | null> {
  const text = await readFile(lockFile, "utf8").catch(() => "");
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * PGlite happily opens a data directory another process already has open, and two writers
 * corrupt it (e.g. `pnpm db:migrate` while the server runs). A lock file beside the directory,
 * holding the owner's pid, turns that into a clear error; a lock left by a dead process is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(lockFile);
      return async () => {
        held.delete(lockFile);
        if ((await holder(lockFile)) === process.pid) await unlink(lockFile).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = await holder(lockFile);
      // Our own pid on a lock we do not hold is a previous run that had the same pid (a container's
      // pid 1 after a restart), not us.
      const inUse = pid === process.pid ? held.has(lockFile) : pid !== null && isAlive(pid);
      if (inUse) {
        const who = pid === process.pid ? "this process" : `process ${pid}`;
        throw new Error(
          `The embedded database at ${dataDir} is already open in ${who} (is the app running?). ` +
            "Stop it first, or use PostgreSQL by setting DATABASE_URL.",
        );
      }
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}; remove ${lockFile} if no app is running.`);
}
