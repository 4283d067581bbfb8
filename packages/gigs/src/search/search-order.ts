import { Prisma } from "@hunar/db/types";
import type { SearchCursor, SearchOrder } from "./search-cursor.ts";
import type { SearchSort } from "./search-params.ts";
import { sqlColumn } from "./sql-alias.ts";

/**
 * How one order sorts and pages. `keys` are the ORDER BY expressions (ties broken by id in the
 * same direction), `cursorKeys` what the cursor records of the last row (the same values, in a
 * form that survives JSON exactly), and `comparands` turns a cursor back into SQL values for the
 * keyset condition `(keys..., id) < / > (comparands..., cursor id)`. `id` is the tie-break column
 * of the table being searched (gigs and jobs page the same way).
 */
export interface OrderSpec {
  order: SearchOrder;
  descending: boolean;
  id: Prisma.Sql;
  keys: Prisma.Sql[];
  cursorKeys: Prisma.Sql[];
  comparands: (cursor: SearchCursor) => Prisma.Sql[];
}

const sameKeys = (keys: Prisma.Sql[], casts: string[]) => ({
  keys,
  cursorKeys: keys,
  comparands: (cursor: SearchCursor) => cursor.k.map((value, i) => Prisma.sql`${value}::${Prisma.raw(casts[i] ?? "float8")}`),
});

const GIG_ID = Prisma.sql`g."id"`;

/** How gig search orders by `sort` (gigs are "g"); `textScore` is the relevance with a text query. */
export function orderSpec(sort: SearchSort, textScore: Prisma.Sql | null): OrderSpec {
  return sort === "newest" ? newestOrder("g", "publishedAt") : { id: GIG_ID, ...gigOrder(sort, textScore) };
}

function gigOrder(sort: Exclude<SearchSort, "newest">, textScore: Prisma.Sql | null): Omit<OrderSpec, "id"> {
  switch (sort) {
    case "relevance":
      return textScore
        ? { order: "text", descending: true, ...sameKeys([textScore], ["float8"]) }
        : { order: "boost", descending: true, ...sameKeys([Prisma.sql`g."searchBoost"`], ["float8"]) };
    case "price_asc":
      return { order: "price_asc", descending: false, ...sameKeys([Prisma.sql`g."startingPricePaisa"`], ["int4"]) };
    case "price_desc":
      return { order: "price_desc", descending: true, ...sameKeys([Prisma.sql`g."startingPricePaisa"`], ["int4"]) };
    case "rating":
      return {
        order: "rating",
        descending: true,
        ...sameKeys([Prisma.sql`g."ratingAverage"`, Prisma.sql`g."ratingCount"`], ["float8", "int4"]),
      };
  }
}

/**
 * Newest first on a timestamp column of the table `alias` (gigs: publishedAt, jobs: createdAt),
 * then id. Sorted on the column itself (indexed); the cursor keeps whole epoch milliseconds, exact
 * for timestamp(3), and the comparand rebuilds the same timestamp without time-zone games.
 */
export function newestOrder(alias: string, column: string): OrderSpec {
  const at = sqlColumn(alias, column);
  return {
    order: "newest",
    descending: true,
    id: sqlColumn(alias, "id"),
    keys: [at],
    cursorKeys: [Prisma.sql`floor(extract(epoch FROM ${at}) * 1000)::float8`],
    comparands: (cursor) => [Prisma.sql`(timestamp '1970-01-01' + ${cursor.k[0]}::int8 * interval '1 millisecond')`],
  };
}

/** `(k1, k2, id) < (c1, c2, cursorId)` for a descending order, `>` for an ascending one. */
export function afterCursor(spec: OrderSpec, cursor: SearchCursor): Prisma.Sql {
  const left = Prisma.join([...spec.keys, spec.id]);
  const right = Prisma.join([...spec.comparands(cursor), Prisma.sql`${cursor.id}`]);
  return spec.descending ? Prisma.sql`(${left}) < (${right})` : Prisma.sql`(${left}) > (${right})`;
}

export function orderBy(spec: OrderSpec): Prisma.Sql {
  const direction = Prisma.raw(spec.descending ? "DESC" : "ASC");
  return Prisma.join(
    [...spec.keys, spec.id].map((key) => Prisma.sql`${key} ${direction}`),
    ", ",
  );
}
