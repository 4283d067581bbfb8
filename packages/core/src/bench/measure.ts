import { performance } from "node:perf_hooks";

/** Benchmarks' shared timing loop and table (`pnpm bench`): figures are printed, never asserted. */
export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  note: string;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** Runs `once(i)` `warmup` times unmeasured, then `runs` times one after another (no overlap). */
export async function measure(
  name: string,
  runs: number,
  once: (i: number) => Promise<unknown>,
  options: { warmup?: number; note?: string } = {},
): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 10); i++) await once(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name, runs, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1) ?? 0, note: options.note ?? "" };
}

/** A plain-text table: first and last columns left-aligned, the rest right-aligned. */
export function printTable(title: string, headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ");
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

export const ms = (value: number) => value.toFixed(2);
