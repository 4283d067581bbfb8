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

export function printTable(title: string, rows: LoadResult[]): void {
  // The name column fits the longest row name, so long page names keep the figures aligned.
  const width = Math.max(34, ...rows.map((r) => r.name.length + 1));
  console.log(`\n${title}`);
  console.log(`${"target".padEnd(width)}    req/s     p50 ms   p99 ms   non-2xx  errors`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)} ${r.reqPerSec.toFixed(0).padStart(8)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)}`,
    );
  }
}
