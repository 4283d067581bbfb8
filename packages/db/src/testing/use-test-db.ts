import { afterAll, beforeAll } from "vitest";
import type { Db, DbTarget } from "../client.ts";
import { createTestDb, type TestDb, type TestDbKind } from "./test-db.ts";

/**
 * One database for the enclosing describe block, created before its tests and dropped after:
 *
 *   describe.each(testDbKinds())("signup on %s", (kind) => {
 *     const t = useTestDb(kind);
 *     it("...", async () => { await t.db.user.count(); });
 *   });
 */
export function useTestDb(kind: TestDbKind): { readonly db: Db; readonly target: DbTarget } {
  let handle: TestDb | undefined;
  beforeAll(async () => {
    handle = await createTestDb(kind);
  });
  afterAll(async () => {
    await handle?.close();
    handle = undefined;
  });
  const current = (): TestDb => {
    if (!handle) throw new Error("useTestDb: the database exists only while the describe block's tests run.");
    return handle;
  };
  return {
    get db() {
      return current().db;
    },
    get target() {
      return current().target;
    },
  };
}
