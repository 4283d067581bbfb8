import { performance } from "node:perf_hooks";

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  note: string;
}

/** Runs `once(i)` `warmup` times unmeasured, then `runs` times one after another (no overlap). */
export async function measure(
  name: string,
  runs: number,
  once: (i: number) => Promise<unknown>,
  options: { warmup?: number; note?: string } = {},
): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 20); i++) await once(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    runs,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples.at(-1) ?? 0,
    note: options.note ?? "",
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

export function printTimings(title: string, rows: Timing[], targetP95: number): void {
  const headers = ["query", "runs", "p50 ms", "p95 ms", "max ms", `p95 <= ${targetP95} ms`, "notes"];
  const body = rows.map((r) => [
    r.name,
    String(r.runs),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.max.toFixed(2),
    r.p95 <= targetP95 ? "yes" : "NO",
    r.note,
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ");
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of body) console.log(line(row));
}
