// The bench's side of chat-memory-probe.ts: the environment that loads the probe into the app
// process, and a reading of that process's memory after a full garbage collection.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface MemoryReading {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface MemoryProbe {
  /** Environment for startApp: the probe and --expose-gc ride on NODE_OPTIONS. */
  env: Record<string, string>;
  /** Collects garbage in the app process and reads its memory (bytes). */
  read(pid: number): Promise<MemoryReading>;
}

export function memoryProbe(): MemoryProbe {
  const file = join(tmpdir(), `hunar-chat-memory-${process.pid}.json`);
  // A file URL: NODE_OPTIONS splits on spaces, and a URL has none.
  const probe = new URL("./chat-memory-probe.ts", import.meta.url).href;
  const inherited = process.env.NODE_OPTIONS ?? "";
  return {
    env: { BENCH_MEMORY_FILE: file, NODE_OPTIONS: `${inherited} --expose-gc --import tsx --import ${probe}`.trim() },
    async read(pid) {
      rmSync(file, { force: true });
      process.kill(pid, "SIGUSR2");
      const deadline = Date.now() + 30_000;
      while (!existsSync(file)) {
        if (Date.now() > deadline) throw new Error("the app process did not answer the memory probe");
        await new Promise((r) => setTimeout(r, 50));
      }
      const reading = JSON.parse(readFileSync(file, "utf8")) as MemoryReading;
      rmSync(file, { force: true });
      return reading;
    },
  };
}
