import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseDbEnv } from "./env.ts";

function fakeRepo(): { root: string; webApp: string } {
  const root = mkdtempSync(join(tmpdir(), "hunar-repo-"));
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: []\n");
  const webApp = join(root, "apps", "web");
  mkdirSync(webApp, { recursive: true });
  return { root, webApp };
}

describe("parseDbEnv", () => {
  it("resolves a relative DATA_DIR from the repository root, whichever package runs", () => {
    const { root, webApp } = fakeRepo();
    expect(parseDbEnv({}, webApp).DATA_DIR).toBe(join(root, ".data"));
    expect(parseDbEnv({ DATA_DIR: "var/hunar" }, webApp).DATA_DIR).toBe(join(root, "var", "hunar"));
    expect(parseDbEnv({ DATA_DIR: "/srv/hunar" }, webApp).DATA_DIR).toBe("/srv/hunar");
  });

  it("treats empty values as unset", () => {
    const parsed = parseDbEnv({ DATABASE_URL: "", TEST_DATABASE_URL: "", NODE_ENV: "", CI: "" });
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.TEST_DATABASE_URL).toBeUndefined();
    expect(parsed.NODE_ENV).toBe("development");
    expect(parsed.CI).toBe(false);
  });

  it("accepts postgres URLs and rejects anything else", () => {
    expect(parseDbEnv({ DATABASE_URL: "postgres://u@localhost/hunar" }).DATABASE_URL).toBe("postgres://u@localhost/hunar");
    expect(() => parseDbEnv({ DATABASE_URL: "mysql://u@localhost/hunar" })).toThrow(InvalidEnvError);
    expect(() => parseDbEnv({ TEST_DATABASE_URL: "localhost:5432" })).toThrow(/TEST_DATABASE_URL/);
  });

  it("reads CI as a flag", () => {
    expect(parseDbEnv({ CI: "true" }).CI).toBe(true);
    expect(parseDbEnv({ CI: "1" }).CI).toBe(true);
    expect(parseDbEnv({ CI: "false" }).CI).toBe(false);
  });
});
