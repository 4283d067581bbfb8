// Loaded into the app process by the chat bench (NODE_OPTIONS: --expose-gc --import tsx --import
// this file). On SIGUSR2 it collects garbage and writes process.memoryUsage() to
// BENCH_MEMORY_FILE, so the bench divides what live sockets hold, not garbage the collector has
// not reached yet (the handshakes of thousands of sockets leave plenty).
import { renameSync, writeFileSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";

const file = process.env.BENCH_MEMORY_FILE;
const collect = (globalThis as { gc?: () => void }).gc;

if (file && collect) {
  process.on("SIGUSR2", () => {
    void (async () => {
      // Twice, a turn apart: the first pass runs finalizers that free what the second collects.
      collect();
      await nextTurn();
      collect();
      // Written whole and then renamed, so the bench never reads half a file.
      writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
      renameSync(`${file}.tmp`, file);
    })();
  });
}
