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
