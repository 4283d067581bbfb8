import { Prisma } from "@hunar/db/types";
import { requiredGroups, type SearchTerms } from "./search-terms.ts";

// ts_rank weights for D, C, B, A: titles (A) count most, then tags (B), then descriptions (C).
const RANK_WEIGHTS = Prisma.sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;

/**
 * Every required group must match (&&), any alternative of a group will do (||). plainto_tsquery parses
 * each alternative with the same `simple` parser as the documents, so "node.js" or "logo-design"
 * are split exactly as they were when the gig was indexed. PostgreSQL folds the whole expression
 * to one constant tsquery when it plans the query.
 */
export function tsQuery(terms: SearchTerms): Prisma.Sql {
  const groups = requiredGroups(terms).map(
    (group) =>
      Prisma.sql`(${Prisma.join(
        group.alternatives.map((a) => Prisma.sql`plainto_tsquery('simple', ${a})`),
        " || ",
      )})`,
  );
  return Prisma.sql`(${Prisma.join(groups, " && ")})`;
}

/** A gig matches when its document has every required query word or one that stands for it (GIN index). */
export function textMatch(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`g."searchVector" @@ ${tsQuery(terms)}`;
}

/**
 * Relevance with a text query, three ranks over the same document plus the stored boost:
 * - the required words with every alternative (equivalent words, spelling corrections);
 * - the words exactly as typed, so a gig in the searcher's own script and spelling comes first
 *   ("لوگو ڈیزائن" puts an Urdu title before an English one that matched through "design");
 * - the words as typed and in that order (a phrase), so "logo design" prefers "logo design" to
 *   "design ... logo".
 * Each rank is weighted by where the words are (title > tags > description), so a word typed
 * exactly but found only in a description still counts for little. The boost adds rating and
 * recency (gig_search_boost in migration 0004_gig_search). docs/decisions/006-gig-search.md.
 */
export function textScore(terms: SearchTerms): Prisma.Sql {
  const rank = (query: Prisma.Sql) => Prisma.sql`ts_rank(${RANK_WEIGHTS}, g."searchVector", ${query})::float8`;
  const ranks = [tsQuery(terms), Prisma.sql`plainto_tsquery('simple', ${terms.text})`];
  // One word is its own phrase: ranking it twice would only cost time.
  if (terms.text.includes(" ")) ranks.push(Prisma.sql`phraseto_tsquery('simple', ${terms.text})`);
  return Prisma.sql`(coalesce(${Prisma.join(ranks.map(rank), " + ")}, 0) + g."searchBoost")`;
}
