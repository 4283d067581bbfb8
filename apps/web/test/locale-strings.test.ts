import { localeBundle } from "@hunar/i18n/locale-bundle";
import { resourcesFor } from "@hunar/i18n/resources";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localeStrings } from "../server/locale-strings.ts";

// The strings file each page names: one per language, named by its content, cacheable by anyone.
describe("the locale strings files", () => {
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  let origin = "";

  beforeAll(async () => {
    const app = express().use(localeStrings());
    await new Promise<void>((resolve) => {
      server = app.listen(0, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    origin = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves each language's strings under its hash, for a year, to any cache", async () => {
    for (const locale of ["ur", "en"] as const) {
      const response = await fetch(`${origin}${localeBundle(locale).href}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(resourcesFor(locale))));
    }
    expect(localeBundle("ur").href).not.toBe(localeBundle("en").href);
  });

  it("answers a stale hash, an unknown language or a made-up name with a plain 404", async () => {
    for (const path of ["/locales/ur.000000000000.json", "/locales/fr.json", "/locales/..%2Fpackage.json", "/locales/ur"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control"), path).toBeNull();
    }
  });
});
