import { cached } from "@hunar/core/ttl-cache";
import { loadCategoryTree } from "./category-tree.ts";
import { loadPopularGigs } from "./popular-gigs.ts";

/**
 * How stale the catalog on the home page may be. Categories are edited by hand and rarely, and
 * popularity moves with orders over days, so half a minute is invisible to visitors while it turns
 * several queries per page view into a few per half minute per process.
 */
export const CATALOG_TTL_MS = 30_000;

/** `loadCategoryTree`, remembered for CATALOG_TTL_MS. The result is shared: do not mutate it. */
export const cachedCategoryTree = cached(loadCategoryTree, { ttlMs: CATALOG_TTL_MS });

/** `loadPopularGigs`, remembered for CATALOG_TTL_MS per limit. The result is shared: do not mutate it. */
export const cachedPopularGigs = cached(loadPopularGigs, { ttlMs: CATALOG_TTL_MS });
