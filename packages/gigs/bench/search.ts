// `pnpm bench` (or `pnpm --filter @hunar/gigs bench`): the gig search query alone, on PostgreSQL
// with published gigs from the synthetic generator, in a scratch database that is dropped
// afterwards. Server: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default.
// BENCH_SEARCH_SIZES lists the catalogue sizes (default "100000,1000000"); one database grows
// from the smallest to the largest, the generator adding only the difference, and every size is
// timed before the next is generated. BENCH_GIGS (one size) and BENCH_RUNS scale it down for a
// quick look. Times are of searchGigs() as the app calls it (page and count queries, side by side
// on the pool), measured one call at a time.
import { performance } from "node:perf_hooks";
import type { Db } from "@hunar/db/client";
import { generateSynthetic } from "@hunar/db/seed/synthetic";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";
import { benchmarkSearch, printSizeSummary, type SizeTimings } from "./search-timings.ts";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const sizes = catalogueSizes(process.env.BENCH_SEARCH_SIZES ?? process.env.BENCH_GIGS ?? "100000,1000000");
const runs = Number(process.env.BENCH_RUNS ?? 300);

function catalogueSizes(list: string): number[] {
  const parsed = list.split(",").map((s) => Number(s.trim().replaceAll("_", "")));
  if (parsed.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error(`catalogue sizes must be positive integers: "${list}"`);
  return [...new Set(parsed)].sort((a, b) => a - b);
}

/** Adds published gigs (and a tenth as many users) until the catalogue holds `target`. */
async function grow(db: Db, from: number, target: number, step: number): Promise<void> {
  const started = performance.now();
  const adding = target - from;
  let reported = 0;
  await generateSynthetic(db, {
    users: Math.max(100, Math.round(adding / 10)),
    gigs: adding,
    // A seed per step, so the added gigs do not repeat the listings already there.
    seed: 7 + step,
    onProgress: ({ gigs }) => {
      if (gigs - reported < 50_000 && gigs !== adding) return;
      reported = gigs;
      console.log(`  ${(from + gigs).toLocaleString("en")} gigs`);
    },
  });
  // The generator writes no images; give every new gig a cover so result cards look up a real one.
  await db.$executeRaw`
    INSERT INTO "GigImage" ("id", "gigId", "uploaderId", "storageKey", "mimeType", "width", "height",
      "byteSize", "variantWidths", "position")
    SELECT 'img_' || g."id", g."id", g."freelancerId", 'gigs/' || g."id" || '.webp', 'image/webp', 1280, 720,
      48000, '{400,1280}', 0
    FROM "Gig" g
    WHERE NOT EXISTS (SELECT 1 FROM "GigImage" i WHERE i."gigId" = g."id")`;
  // What autovacuum would have done by the time a real catalogue is this size.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const listed = await db.gig.count({ where: { status: "PUBLISHED" } });
  console.log(
    `Added ${adding.toLocaleString("en")} gigs in ${seconds} s (including VACUUM ANALYZE): ${listed.toLocaleString("en")} published.`,
  );
}

await withScratchDatabase(serverUrl, "search", async (db, url) => {
  const label = sizes.map((n) => n.toLocaleString("en")).join(", then ");
  console.log(`Search benchmark on ${new URL(url).host}${new URL(url).pathname}: ${label} gigs`);
  const results: SizeTimings[] = [];
  let current = 0;
  for (const [step, size] of sizes.entries()) {
    await grow(db, current, size, step);
    current = size;
    results.push({ gigs: size, timings: await benchmarkSearch(db, { runs, gigs: size }) });
  }
  if (results.length > 1) printSizeSummary(results);
});
