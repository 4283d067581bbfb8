import { Prisma } from "@hunar/db/types";
import type { SearchCursor, SearchOrder } from "./search-cursor.ts";
import type { SearchSort } from "./search-params.ts";

/**
 * How one order sorts and pages. `keys` are the ORDER BY expressions (ties broken by id in the
 * same direction), `cursorKeys` what the cursor records of the last row (the same values, in a
 * form that survives JSON exactly), and `comparands` turns a cursor back into SQL values for the
 * keyset condition `(keys..., id) < / > (comparands..., cursor id)`.
 */
export interface OrderSpec {
  order: SearchOrder;
  descending: boolean;
  keys: Prisma.Sql[];
  cursorKeys: Prisma.Sql[];
  comparands: (cursor: SearchCursor) => Prisma.Sql[];
}

const sameKeys = (keys: Prisma.Sql[], casts: string[]) => ({
  keys,
  cursorKeys: keys,
  comparands: (cursor: SearchCursor) => cursor.k.map((value, i) => Prisma.sql`${value}::${Prisma.raw(casts[i] ?? "float8")}`),
});

export function orderSpec(sort: SearchSort, textScore: Prisma.Sql | null): OrderSpec {
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
    case "newest":
      // Sorted on the column itself (indexed); the cursor keeps whole epoch milliseconds, exact
      // for timestamp(3), and the comparand rebuilds the same timestamp without time-zone games.
      return {
        order: "newest",
        descending: true,
        keys: [Prisma.sql`g."publishedAt"`],
        cursorKeys: [Prisma.sql`floor(extract(epoch FROM g."publishedAt") * 1000)::float8`],
        comparands: (cursor) => [Prisma.sql`(timestamp '1970-01-01' + ${cursor.k[0]}::int8 * interval '1 millisecond')`],
      };
  }
}

/** `(k1, k2, id) < (c1, c2, cursorId)` for a descending order, `>` for an ascending one. */
export function afterCursor(spec: OrderSpec, cursor: SearchCursor): Prisma.Sql {
  const left = Prisma.join([...spec.keys, Prisma.sql`g."id"`]);
  const right = Prisma.join([...spec.comparands(cursor), Prisma.sql`${cursor.id}`]);
  return spec.descending ? Prisma.sql`(${left}) < (${right})` : Prisma.sql`(${left}) > (${right})`;
}

export function orderBy(spec: OrderSpec): Prisma.Sql {
  const direction = Prisma.raw(spec.descending ? "DESC" : "ASC");
  return Prisma.join(
    [...spec.keys, Prisma.sql`g."id"`].map((key) => Prisma.sql`${key} ${direction}`),
    ", ",
  );
}
