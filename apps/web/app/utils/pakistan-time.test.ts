import { describe, expect, it } from "vitest";
import { pakistanDateTime, writtenDate } from "./pakistan-time.ts";

describe("pakistanDateTime", () => {
  it("reads what a person types and what a native datetime-local input sends, as Pakistan time", () => {
    expect(pakistanDateTime("2026-12-02 14:30")).toBe("2026-12-02T14:30:00+05:00");
    expect(pakistanDateTime(" 2026-12-02T14:30 ")).toBe("2026-12-02T14:30:00+05:00");
    expect(pakistanDateTime("2026-3-7 9:05")).toBe("2026-03-07T09:05:00+05:00");
  });

  it("reads Urdu digits", () => {
    expect(pakistanDateTime("۲۰۲۶-۱۲-۰۲ ۱۴:۳۰")).toBe("2026-12-02T14:30:00+05:00");
  });

  it("refuses dates and times that do not exist and other formats", () => {
    for (const text of ["2026-02-30 10:00", "2026-12-02 24:00", "2026-12-02 10:60", "02/12/2026 10:00", "2026-12-02", ""]) {
      expect(pakistanDateTime(text)).toBeNull();
    }
  });
});

describe("writtenDate", () => {
  it("reads Urdu digits and single-digit months and days as a date input would send them", () => {
    expect(writtenDate("۲۰۲۴-۵-۳۱")).toBe("2024-05-31");
    expect(writtenDate(" 2024-05-31 ")).toBe("2024-05-31");
  });

  it("leaves anything else as typed", () => {
    expect(writtenDate("31/05/2024")).toBe("31/05/2024");
    expect(writtenDate("")).toBe("");
  });
});
