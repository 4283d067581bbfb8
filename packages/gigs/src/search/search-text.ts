import { Prisma } from "@hunar/db/types";
import { requiredGroups, type SearchTerms } from "./search-terms.ts";
import { sqlColumn } from "./sql-alias.ts";

// ts_rank weights for D, C, B, A: titles (A) count most, then tags (B), then descriptions (C).
const RANK_WEIGHTS = Prisma.sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;

/**
 * Gigs and jobs are searched by the same code: both tables have a "searchVector" built by
 * gig_search_vector (titles A, tags or skills B, descriptions C), so only the table alias differs.
 */
const searchVector = (alias: string): Prisma.Sql => sqlColumn(alias, "searchVector");

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

/**
 * A row (gig "g", job "j") matches when its document has every required query word or one that
 * stands for it (GIN index).
 */
export function textMatch(terms: SearchTerms, alias: string): Prisma.Sql {
  return Prisma.sql`${searchVector(alias)} @@ ${tsQuery(terms)}`;
}

/**
 * Relevance with a text query: two ranks over the row's document plus a stored boost.
 * - Where the required words are: the rank of the required words as typed or, for a row that
 *   lacks one of them (it matched through an equivalent or a spelling correction), of the
 *   required words with all their alternatives. Both say the same thing; the second looks up
 *   every alternative, so it is computed only where the first cannot answer. ts_rank divides an
 *   OR query's rank by its number of words, so a one-group query's alternatives rank is
 *   multiplied back by that number: a gig whose title has "logo" ranks the same whether the
 *   searcher typed "logo" or "لوگو".
 * - Every word exactly as typed, optional ones included, so a gig in the searcher's own script
 *   and spelling comes first ("لوگو ڈیزائن" puts an Urdu title before an English one). For
 *   several words ts_rank also rewards them being close together, so "logo design" prefers
 *   "logo design" to "design ... logo".
 * Each rank is weighted by where the words are (title > tags > description), so a word found only
 * in a description counts for little. `boost` is added as it is (for gigs, the stored rating and
 * recency "searchBoost": gig_search_boost in migration 0004_gig_search).
 * docs/decisions/006-gig-search.md.
 */
export function textScore(terms: SearchTerms, alias: string, boost: Prisma.Sql): Prisma.Sql {
  const vector = searchVector(alias);
  const rank = (query: Prisma.Sql) => Prisma.sql`ts_rank(${RANK_WEIGHTS}, ${vector}, ${query})::float8`;
  const groups = requiredGroups(terms);
  const required = Prisma.sql`plainto_tsquery('simple', ${groups.map((g) => g.typed).join(" ")})`;
  const [only] = groups;
  const orWords = groups.length === 1 && only ? new Set(only.alternatives.flatMap((a) => a.split(" "))).size : 1;
  const whereRequired = Prisma.sql`(CASE WHEN ${vector} @@ ${required} THEN ${rank(required)}
    ELSE ${orWords}::float8 * ${rank(tsQuery(terms))} END)`;
  const typed = rank(Prisma.sql`plainto_tsquery('simple', ${terms.text})`);
  return Prisma.sql`(coalesce(${whereRequired} + ${typed}, 0) + ${boost})`;
}
