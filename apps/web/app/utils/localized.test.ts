import { describe, expect, it } from "vitest";
import { pickLocalized } from "./localized.ts";

describe("pickLocalized", () => {
  it("prefers the reader's language and marks which language it returned", () => {
    expect(pickLocalized({ ur: "لوگو ڈیزائن", en: "Logo design" }, "ur")).toEqual({ text: "لوگو ڈیزائن", lang: "ur" });
    expect(pickLocalized({ ur: "لوگو ڈیزائن", en: "Logo design" }, "en")).toEqual({ text: "Logo design", lang: "en" });
  });

  it("falls back to the other language, then to nothing", () => {
    expect(pickLocalized({ ur: null, en: "Logo design" }, "ur")).toEqual({ text: "Logo design", lang: "en" });
    expect(pickLocalized({ ur: "لوگو", en: "  " }, "en")).toEqual({ text: "لوگو", lang: "ur" });
    expect(pickLocalized({ ur: null, en: undefined }, "en")).toBeNull();
  });
});
