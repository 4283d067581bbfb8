import { describe, expect, it } from "vitest";
import { publicName } from "./public-name.ts";

describe("publicName", () => {
  it("is the whole display name, or its first word for someone who asked for privacy", () => {
    expect(publicName("  Ayesha Khan ", false)).toBe("Ayesha Khan");
    expect(publicName("عائشہ خان", true)).toBe("عائشہ");
    expect(publicName("Ayesha", true)).toBe("Ayesha");
  });
});
