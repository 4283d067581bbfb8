// What the SSR rows load: many different pages per row, so a row measures rendering rather than
// whatever a cache keeps for one URL. Searches come from the words the synthetic generator builds
// listings from, in Urdu, English and the Roman Urdu people type; gig pages are published gigs
// read from the database the row runs on. Languages alternate, as real traffic mixes them.
import { createDb, disposeDb, type DbTarget } from "@hunar/db/client";
import { SERVICES } from "@hunar/db/seed/synthetic-words";

export const MIN_SEARCHES = 30;
export const MIN_GIGS = 200;

const LANGUAGES = ["ur", "en"] as const;

export function homePaths(): string[] {
  return LANGUAGES.map((lng) => `/?lng=${lng}`);
}

/** One search per service word and script: Urdu, English and Roman Urdu. */
export function searchPaths(): string[] {
  const queries = SERVICES.flatMap((service) => [service.ur, service.en, service.roman]);
  const paths = queries.map((q, i) => `/search?q=${encodeURIComponent(q)}&lng=${LANGUAGES[i % LANGUAGES.length]}`);
  if (new Set(queries).size < MIN_SEARCHES)
    throw new Error(`only ${new Set(queries).size} different searches; the bench needs ${MIN_SEARCHES}`);
  return paths;
}

/** Pages of `count` published gigs, newest first, read from the database before the app opens it. */
export async function gigPaths(target: DbTarget, count: number): Promise<string[]> {
  const db = await createDb(target);
  try {
    const gigs = await db.gig.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: count,
    });
    if (gigs.length < MIN_GIGS) throw new Error(`only ${gigs.length} published gigs; the bench needs ${MIN_GIGS}`);
    return gigs.map((gig, i) => `/gigs/${gig.slug}?lng=${LANGUAGES[i % LANGUAGES.length]}`);
  } finally {
    await disposeDb(db);
  }
}
