// `pnpm bench` (last): Lighthouse's mobile audit (simulated slow 4G, a mid-range phone's CPU) of
// a first visit to three Urdu pages of the built app on embedded PGlite with the demo data: the
// performance score, the Largest Contentful Paint and the bytes transferred, beside the goal.
// Lighthouse's simulation makes the figures comparable between runs on one machine, not between
// machines. Figures only: nothing is asserted.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startApp, stop } from "./processes.ts";

const port = 3206;
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Where to keep each page's full report (JSON), to see what a figure is made of.
const reportDir = process.env.BENCH_LIGHTHOUSE_REPORTS;
const GOAL = { score: 95, lcpMs: 2500, kib: 300 };

// ?lng=ur chooses the language on the request itself, so a first visit without cookies is Urdu.
const PAGES = [
  { name: "home", path: "/?lng=ur" },
  { name: "gig page", path: "/gigs/modern-logo-for-your-business?lng=ur" },
  { name: "search", path: `/search?q=${encodeURIComponent("لوگو ڈیزائن")}&lng=ur` },
] as const;

interface Audit {
  score: number;
  lcpMs: number;
  kib: number;
  fcpMs: number;
  cls: number;
}

async function audit(name: string, url: string, debuggingPort: number): Promise<Audit> {
  const result = await lighthouse(url, { port: debuggingPort, onlyCategories: ["performance"], output: "json", logLevel: "error" });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) console.log(`${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  if (reportDir) writeFileSync(join(reportDir, `${name.replace(/\W+/g, "-")}.json`), JSON.stringify(result.lhr));
  const { categories, audits } = result.lhr;
  return {
    score: Math.round((categories.performance?.score ?? 0) * 100),
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    kib: (audits["total-byte-weight"]?.numericValue ?? Number.NaN) / 1024,
    // Beside LCP: first paint shows what the scripts and styles cost, layout shift what the font swap does.
    fcpMs: audits["first-contentful-paint"]?.numericValue ?? Number.NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
  };
}

/** The run with the median score, so one unlucky run does not set the figure. */
function median(results: Audit[]): Audit {
  const sorted = [...results].sort((a, b) => a.score - b.score);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error("no Lighthouse run");
  return middle;
}

const met = (ok: boolean) => (ok ? "ok" : "MISSED");

const dataDir = mkdtempSync(join(tmpdir(), "hunar-lighthouse-"));
const app = await startApp(port, { SEED_DEMO: "1", DATA_DIR: dataDir, DATABASE_URL: "" });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  console.log(
    `\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ""}mobile, first visit, Urdu; goal: score >= ${GOAL.score}, LCP <= ${GOAL.lcpMs / 1000} s, <= ${GOAL.kib} KiB`,
  );
  for (const page of PAGES) {
    const url = `http://127.0.0.1:${port}${page.path}`;
    // One request first, so the audit measures the page and not the server's first render.
    await fetch(url);
    const results: Audit[] = [];
    for (let run = 0; run < runs; run++) results.push(await audit(page.name, url, chrome.port));
    const { score, lcpMs, kib, fcpMs, cls } = median(results);
    console.log(
      `${page.name.padEnd(9)} performance ${String(score).padStart(3)} (${met(score >= GOAL.score)})  ` +
        `LCP ${(lcpMs / 1000).toFixed(1)} s (${met(lcpMs <= GOAL.lcpMs)})  ` +
        `${kib.toFixed(0)} KiB (${met(kib <= GOAL.kib)})  FCP ${(fcpMs / 1000).toFixed(1)} s, layout shift ${cls.toFixed(3)}`,
    );
  }
} finally {
  chrome.kill();
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
