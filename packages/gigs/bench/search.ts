// `pnpm bench` (or `pnpm --filter @hunar/gigs bench`): the gig search query alone, on PostgreSQL
// with 100k published gigs from the synthetic generator, in a scratch database that is dropped
// afterwards. Server: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default.
// BENCH_GIGS and BENCH_RUNS scale it down for a quick look. Times are of searchGigs() as the app
// calls it (page and count queries, side by side on the pool), measured one call at a time.
import { performance } from "node:perf_hooks";
import type { Db } from "@hunar/db/client";
import { generateSynthetic } from "@hunar/db/seed/synthetic";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";
import { benchmarkSearch } from "./search-timings.ts";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const gigCount = Number(process.env.BENCH_GIGS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 300);

async function fill(db: Db): Promise<void> {
  const started = performance.now();
  let reported = 0;
  await generateSynthetic(db, {
    users: Math.max(100, Math.round(gigCount / 10)),
    gigs: gigCount,
    seed: 7,
    onProgress: ({ gigs }) => {
      if (gigs - reported < 20_000 && gigs !== gigCount) return;
      reported = gigs;
      console.log(`  ${gigs.toLocaleString("en")} gigs`);
    },
  });
  // The generator writes no images; give every gig a cover so result cards look up a real one.
  await db.$executeRaw`
    INSERT INTO "GigImage" ("id", "gigId", "uploaderId", "storageKey", "mimeType", "width", "height",
      "byteSize", "variantWidths", "position")
    SELECT 'img_' || g."id", g."id", g."freelancerId", 'gigs/' || g."id" || '.webp', 'image/webp', 1280, 720,
      48000, '{400,1280}', 0
    FROM "Gig" g`;
  // What autovacuum would have done by the time a real catalogue is this size.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const listed = await db.gig.count({ where: { status: "PUBLISHED" } });
  console.log(`Generated ${listed.toLocaleString("en")} published gigs in ${seconds} s (including VACUUM ANALYZE).`);
}

await withScratchDatabase(serverUrl, "search", async (db, url) => {
  console.log(`Search benchmark on ${new URL(url).host}${new URL(url).pathname}: ${gigCount.toLocaleString("en")} gigs`);
  await fill(db);
  await benchmarkSearch(db, { runs, gigs: gigCount });
});
