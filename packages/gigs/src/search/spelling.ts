import type { Db, Tx } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";
import { withAlternatives, type SearchTerms } from "./search-terms.ts";

/** Corrections per misspelt word, nearest first. */
const CORRECTIONS_PER_WORD = 3;
// pg_trgm similarity of a correction to the typed word: low enough for a swapped pair of letters
// in a six-letter word ("desgin" ~ "design" is 0.27), high enough to keep unrelated words out.
const MIN_SIMILARITY = 0.25;
// Trigrams of one- and two-letter words say nothing; the word list leaves them out too.
const MIN_LENGTH = 3;

/**
 * Adds spelling corrections to the query words the catalogue does not contain: the nearest
 * words of SearchWord by trigram similarity (a GiST nearest-neighbour search over a few thousand
 * words, not over the gigs), so "logo desgin" also searches for "design" and "bnaana" for
 * "bnana". Words of the bilingual list and words gigs already use are left as they are. One
 * query for all words.
 */
export async function correctSpelling(db: Db | Tx, terms: SearchTerms): Promise<SearchTerms> {
  const candidates = terms.groups
    .filter((g) => !g.known && !g.typed.includes(" ") && [...g.typed].length >= MIN_LENGTH)
    .map((g) => g.typed);
  if (candidates.length === 0) return terms;
  const rows = await db.$queryRaw<{ typed: string; word: string }[]>(Prisma.sql`
    SELECT t.typed, s.word
    FROM unnest(${candidates}::text[]) AS t(typed)
    CROSS JOIN LATERAL (
      SELECT w."word", w."word" <-> t.typed AS distance FROM "SearchWord" w
      WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k."word" = t.typed)
      ORDER BY w."word" <-> t.typed
      LIMIT ${CORRECTIONS_PER_WORD}
    ) s
    WHERE similarity(s.word, t.typed) >= ${MIN_SIMILARITY}::float4
    ORDER BY t.typed, s.distance, s.word`);
  if (rows.length === 0) return terms;
  return {
    ...terms,
    groups: terms.groups.map((group) =>
      withAlternatives(
        group,
        rows.filter((r) => r.typed === group.typed).map((r) => r.word),
      ),
    ),
  };
}
