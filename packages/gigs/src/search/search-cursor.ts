import { badInput } from "@hunar/core/app-error";
import { z } from "zod";

/**
 * The orders a result page can be in. Relevance is two orders: with a text query it is the
 * computed score, without one the stored rating-and-recency boost (indexed), and a cursor from one
 * must not be read as the other.
 */
export type SearchOrder = "text" | "boost" | "price_asc" | "price_desc" | "rating" | "newest";

const INT4_MAX = 2_147_483_647;
// 9999-12-31: keeps the timestamp PostgreSQL builds from the cursor inside its range.
const LAST_MS = 253_402_300_799_999;

const float = z.number().finite();
const int4 = z.number().int().min(0).max(INT4_MAX);
const epochMs = z.number().int().min(0).max(LAST_MS);
const id = z.string().min(1).max(100);

// The sort key of the last row of a page, per order, then its id (the tie-break), and the
// result count of the first page, `n`, so later pages of the same search need not count again.
const n = int4;
const ZCursor = z.discriminatedUnion("o", [
  z.object({ o: z.literal("text"), k: z.tuple([float]), id, n }),
  z.object({ o: z.literal("boost"), k: z.tuple([float]), id, n }),
  z.object({ o: z.literal("price_asc"), k: z.tuple([int4]), id, n }),
  z.object({ o: z.literal("price_desc"), k: z.tuple([int4]), id, n }),
  z.object({ o: z.literal("rating"), k: z.tuple([float, int4]), id, n }),
  z.object({ o: z.literal("newest"), k: z.tuple([epochMs]), id, n }),
]);

export type SearchCursor = z.infer<typeof ZCursor>;

/**
 * Opaque to clients: base64url of JSON. Nothing in it is secret (it only positions a page within
 * public listings), so it is not signed; instead it is validated completely, type and range of
 * every value, before any of it reaches SQL (as bound parameters), so a tampered cursor can only
 * yield BAD_INPUT or a different page, never an error from the database.
 */
export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** Throws BAD_INPUT (field `cursor`) unless `value` is a cursor this order produced. */
export function decodeCursor(value: string, order: SearchOrder): SearchCursor {
  const cursor = ZCursor.safeParse(parseJson(Buffer.from(value, "base64url").toString("utf8")));
  if (!cursor.success || cursor.data.o !== order) throw badInput({ cursor: { key: "search:errors.cursor" } });
  return cursor.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
