import { describe, expect, it } from "vitest";
import { PAKISTAN_CITIES, cityName, isKnownCity } from "./cities.ts";

describe("cities", () => {
  it("names a listed city in the reader's language", () => {
    expect(cityName("Lahore", "ur")).toBe("لاہور");
    expect(cityName("Lahore", "en")).toBe("Lahore");
  });

  it("shows a value from before the list as it was written", () => {
    expect(cityName("Chak 38", "ur")).toBe("Chak 38");
    expect(isKnownCity("Chak 38")).toBe(false);
    expect(isKnownCity("Quetta")).toBe(true);
  });

  it("lists each city once, with an Urdu name in Arabic script", () => {
    expect(new Set(PAKISTAN_CITIES.map((city) => city.en)).size).toBe(PAKISTAN_CITIES.length);
    expect(new Set(PAKISTAN_CITIES.map((city) => city.ur)).size).toBe(PAKISTAN_CITIES.length);
    for (const city of PAKISTAN_CITIES) expect(city.ur).toMatch(/^[\u0600-\u06FF ]+$/u);
  });
});
