import { Prisma } from "@hunar/db/types";

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * A table alias as raw SQL. The search fragments are shared by gigs ("g") and jobs ("j"), so the
 * alias is a parameter; it is always a code constant, and checking its shape keeps it from ever
 * becoming a way to inject SQL.
 */
export function sqlAlias(alias: string): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`search SQL: not an SQL alias: ${alias}`);
  return Prisma.raw(alias);
}

/** `alias."column"` for a column name that is a code constant. */
export function sqlColumn(alias: string, column: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) throw new Error(`search SQL: not a column name: ${column}`);
  return Prisma.sql`${sqlAlias(alias)}.${Prisma.raw(`"${column}"`)}`;
}
