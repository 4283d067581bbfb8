import { describe, expect, it } from "vitest";
import { isAllowedOrigin, requestOrigins } from "./origin.ts";

const allowed = ["https://hunar.pk", "http://localhost:3000"];

describe("isAllowedOrigin", () => {
  it("accepts our own origins exactly", () => {
    expect(isAllowedOrigin("https://hunar.pk", allowed)).toBe(true);
    expect(isAllowedOrigin("http://localhost:3000", allowed)).toBe(true);
    expect(isAllowedOrigin("HTTPS://HUNAR.PK", allowed)).toBe(true);
  });

  it("refuses a missing, opaque or foreign Origin", () => {
    expect(isAllowedOrigin(undefined, allowed)).toBe(false);
    expect(isAllowedOrigin(null, allowed)).toBe(false);
    expect(isAllowedOrigin("", allowed)).toBe(false);
    expect(isAllowedOrigin("null", allowed)).toBe(false);
    expect(isAllowedOrigin("https://evil.example", allowed)).toBe(false);
  });

  it("never matches by prefix, scheme or port alone", () => {
    expect(isAllowedOrigin("https://hunar.pk.evil.example", allowed)).toBe(false);
    expect(isAllowedOrigin("http://hunar.pk", allowed)).toBe(false);
    expect(isAllowedOrigin("http://localhost:3001", allowed)).toBe(false);
    expect(isAllowedOrigin("https://sub.hunar.pk", allowed)).toBe(false);
  });
});

describe("requestOrigins", () => {
  it("derives the request's own origin from Host (or a proxy's X-Forwarded-Host)", () => {
    expect(requestOrigins(new Headers({ host: "localhost:3000" }))).toEqual(["http://localhost:3000", "https://localhost:3000"]);
    expect(requestOrigins(new Headers({ host: "10.0.0.5", "x-forwarded-host": "hunar.pk" }))).toContain("https://hunar.pk");
    expect(requestOrigins(new Headers())).toEqual([]);
  });
});
