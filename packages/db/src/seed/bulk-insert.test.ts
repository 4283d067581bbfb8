import { describe, expect, it } from "vitest";
import { bulkInsert, columnsOf } from "./bulk-insert.ts";

describe("bulkInsert", () => {
  it("sends one array parameter per column and unpacks text arrays in the database", () => {
    const rows = [
      { id: "a", tags: ["x", "y"], at: new Date("2025-03-01T10:00:00.000Z"), n: null },
      { id: "b", tags: [], at: new Date("2025-03-02T10:00:00.000Z"), n: 3 },
    ];
    const sql = bulkInsert("Thing", columnsOf(rows, { id: "text", tags: "text", at: "timestamp(3)", n: "integer" }, ["tags"]));
    expect(sql.text).toContain('INSERT INTO "Thing" ("id", "tags", "at", "n")');
    expect(sql.text).toContain("unnest($1::text[],$2::text[],$3::timestamp(3)[],$4::integer[])");
    expect(sql.values).toEqual([
      ["a", "b"],
      ['["x","y"]', "[]"],
      ["2025-03-01T10:00:00.000Z", "2025-03-02T10:00:00.000Z"],
      [null, 3],
    ]);
  });

  it("refuses identifiers that would need quoting", () => {
    expect(() => bulkInsert('Bad"; drop', [])).toThrow(/identifier/);
  });
});
