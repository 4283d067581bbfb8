import autocannon from "autocannon";

export interface LoadResult {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  /** Sent with every request (a session cookie, for pages behind sign-in). */
  headers?: Record<string, string>;
  /**
   * Paths taken in turn, one per request, so a row measures many pages rather than the one a
   * cache would answer; `url` then gives only the origin.
   */
  paths?: readonly string[];
}

/** 50 connections for `seconds`, after a short warm-up so JIT and caches are settled. */
export async function load(name: string, url: string, seconds: number, options: LoadOptions = {}): Promise<LoadResult> {
  const shared = { url, headers: options.headers ?? {}, ...rotation(options.paths) };
  await autocannon({ ...shared, connections: 10, duration: 2 });
  const r = await autocannon({ ...shared, connections: 50, duration: seconds });
  return {
    name,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

function rotation(paths: readonly string[] | undefined): Pick<autocannon.Options, "requests"> {
  if (!paths || paths.length === 0) return {};
  let next = 0;
  return {
    requests: [
      {
        setupRequest: (request) => {
          const path = paths[next % paths.length] as string;
          next += 1;
          return { ...request, path };
        },
      },
    ],
  };
}

/** What an app row must reach: a share of the bare route's req/s in the same run, a p99, no errors. */
export interface RowGoal {
  share: number;
  p99Ms: number;
}

export function printTable(title: string, rows: LoadResult[], reference?: { row: LoadResult; goals: Map<LoadResult, RowGoal> }): void {
  // The name column fits the longest row name, so long page names keep the figures aligned.
  const width = Math.max(34, ...rows.map((r) => r.name.length + 1));
  console.log(`\n${title}`);
  const shareHeader = reference ? `   of ${reference.row.name}` : "";
  console.log(`${"target".padEnd(width)}    req/s     p50 ms   p99 ms   non-2xx  errors${shareHeader}`);
  for (const r of rows) {
    const goal = reference?.goals.get(r);
    const share =
      reference && goal ? `   ${percent(r.reqPerSec / reference.row.reqPerSec).padStart(6)}  ${verdict(r, goal, reference.row)}` : "";
    console.log(
      `${r.name.padEnd(width)} ${r.reqPerSec.toFixed(0).padStart(8)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)}${share}`,
    );
  }
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** "goal met", or each goal the row misses. */
function verdict(row: LoadResult, goal: RowGoal, reference: LoadResult): string {
  const misses: string[] = [];
  if (row.reqPerSec < goal.share * reference.reqPerSec) misses.push(`share < ${percent(goal.share)}`);
  if (row.p99 > goal.p99Ms) misses.push(`p99 > ${goal.p99Ms} ms`);
  if (row.errors + row.non2xx > 0) misses.push("errors");
  return misses.length === 0 ? `goal met (≥ ${percent(goal.share)}, p99 ≤ ${goal.p99Ms} ms)` : `MISSED: ${misses.join(", ")}`;
}
