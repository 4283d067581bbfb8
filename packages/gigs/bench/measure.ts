import { printTable, type Timing } from "@hunar/core/bench/measure";

export { measure, type Timing } from "@hunar/core/bench/measure";

/** Search timings beside the p95 the catalogue aims for. */
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
  printTable(title, headers, body);
}

export interface SizeTimings {
  gigs: number;
  timings: Timing[];
}

/** One row per scenario, p50 / p95 and whether the p95 goal is met at each catalogue size. */
export function printSizeTable(title: string, results: SizeTimings[], targetP95: number): void {
  const sizes = results.map((r) => r.gigs.toLocaleString("en"));
  const headers = ["query", ...sizes.flatMap((n) => [`${n}: p50 ms`, `p95 ms`, `p95 <= ${targetP95} ms`])];
  // A deep page's row names the page it reached, which a small catalogue may not reach.
  const scenario = (name: string) => name.replace(/^page \d+: /, "deep page: ");
  const names = [...new Set(results.flatMap((r) => r.timings.map((t) => scenario(t.name))))];
  const body = names.map((name) => [
    name,
    ...results.flatMap(({ timings }) => {
      const t = timings.find((row) => scenario(row.name) === name);
      return t ? [t.p50.toFixed(2), t.p95.toFixed(2), t.p95 <= targetP95 ? "yes" : "NO"] : ["-", "-", "-"];
    }),
  ]);
  printTable(title, headers, body);
}
