import { describe, expect, it } from "vitest";
import { activeUserSql, activeUserWhere, isActiveUser, withoutActiveUserFields } from "./active-user.ts";

describe("the active-user rule", () => {
  it("says a suspended account is not active, in a where, on a row and in SQL", () => {
    expect(activeUserWhere).toEqual({ suspendedAt: null });
    expect(isActiveUser({ suspendedAt: null })).toBe(true);
    expect(isActiveUser({ suspendedAt: new Date() })).toBe(false);
    const sql = activeUserSql("seller");
    expect(sql.sql).toBe(`seller."suspendedAt" IS NULL`);
    expect(sql.values).toEqual([]);
  });

  it("takes only plain aliases into SQL", () => {
    for (const alias of [`u"; DROP TABLE "User"; --`, "U", "1u", ""]) expect(() => activeUserSql(alias)).toThrow(/not an SQL alias/);
  });

  it("strips what it read from a row and keeps the rest", () => {
    expect(withoutActiveUserFields({ id: "u1", displayName: "Sana", suspendedAt: null })).toEqual({ id: "u1", displayName: "Sana" });
  });
});
