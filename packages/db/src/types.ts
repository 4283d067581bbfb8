// Model, enum and Prisma namespace types for other packages, without the client factory.
export type * from "./generated/prisma/client.ts";
export { Prisma } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export type { Db, Tx, DbTarget } from "./client.ts";
