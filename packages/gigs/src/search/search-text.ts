import { Prisma } from "@hunar/db/types";
import type { SearchTerms } from "./search-terms.ts";

// ts_rank weights for D, C, B, A: titles (A) count most, then tags (B), then descriptions (C).
const RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";

/**
 * Every group must match (&&), any alternative of a group will do (||). plainto_tsquery parses
 * each alternative with the same `simple` parser as the documents, so "node.js" or "logo-design"
 * are split exactly as they were when the gig was indexed.
 */
export function tsQuery(terms: SearchTerms): Prisma.Sql {
  const groups = terms.groups.map(
    (alternatives) =>
      Prisma.sql`(${Prisma.join(
        alternatives.map((a) => Prisma.sql`plainto_tsquery('simple', ${a})`),
        " || ",
      )})`,
  );
  return Prisma.sql`(${Prisma.join(groups, " && ")})`;
}

/**
 * A gig matches when its document has every query word (or an equivalent), or when its titles
 * and tags contain something close to the whole query by trigram word similarity (pg_trgm's
 * `%>`, threshold pg_trgm.word_similarity_threshold = 0.6): misspellings and Roman Urdu spelling
 * variants. Both sides are GIN-indexed; PostgreSQL combines them with a BitmapOr.
 */
export function textMatch(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`(g."searchVector" @@ ${tsQuery(terms)} OR g."searchText" %> ${terms.text})`;
}

/**
 * Relevance with a text query: text rank + trigram similarity + the stored boost (rating and
 * recency, see the migration's gig_search_boost). docs/decisions/006-gig-search.md explains the
 * weights.
 */
export function textScore(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`(coalesce(ts_rank(${RANK_WEIGHTS}::float4[], g."searchVector", ${tsQuery(terms)}), 0)::float8
    + word_similarity(${terms.text}, g."searchText")::float8
    + g."searchBoost")`;
}
