/**
 * The cursor that opens page `page` of a keyset-paged search (or its last page, for a smaller
 * data set), reached by walking there a page at a time as a visitor would: deep pages are timed
 * with the cursor a visitor really holds. Throws when the query has a single page.
 */
export async function cursorToPage<Query extends object>(
  search: (query: Query & { cursor?: string }) => Promise<{ nextCursor: string | null }>,
  query: Query,
  page: number,
): Promise<{ cursor: string; page: number }> {
  let cursor: string | undefined;
  let reached = 1;
  while (reached < page) {
    const result = await search({ ...query, ...(cursor ? { cursor } : {}) });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    reached += 1;
  }
  if (!cursor) throw new Error(`${JSON.stringify(query)} has a single page`);
  return { cursor, page: reached };
}
