import { describe, expect, it } from "vitest";
import { localOrigins } from "../server/allowed-origins.ts";
import { parseServerEnv } from "../server/env.ts";
import { requestIdFrom } from "../server/request-context.ts";
import { wantsDemoData } from "../server/startup.ts";

describe("server environment", () => {
  it("defaults to development on port 3000, all interfaces, no proxy trusted", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, trustProxy: false, LOG_LEVEL: "info" });
    expect(env.HOST).toBeUndefined();
    expect(env.publicOrigins).toEqual([]);
  });

  it("treats empty variables as unset", () => {
    const env = parseServerEnv({ NODE_ENV: "", PORT: "", LOG_LEVEL: "", HOST: "", REDIS_URL: " ", PUBLIC_ORIGIN: "", SEED_DEMO: "" });
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, LOG_LEVEL: "info" });
    expect(env.HOST).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBeUndefined();
  });

  it("understands TRUST_PROXY as a flag, a hop count or an address list", () => {
    expect(parseServerEnv({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(parseServerEnv({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(parseServerEnv({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(parseServerEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
  });

  it("normalises PUBLIC_ORIGIN to origins and refuses anything that is not http(s)", () => {
    expect(parseServerEnv({ PUBLIC_ORIGIN: "https://hunar.pk/, https://www.hunar.pk" }).publicOrigins).toEqual([
      "https://hunar.pk",
      "https://www.hunar.pk",
    ]);
    expect(() => parseServerEnv({ PUBLIC_ORIGIN: "ftp://hunar.pk" })).toThrow(/http/);
    expect(() => parseServerEnv({ PUBLIC_ORIGIN: "hunar.pk" })).toThrow();
  });

  it("reads SEED_DEMO as on, off or unset, and applies the demo rule to the database it opens", () => {
    expect(parseServerEnv({ SEED_DEMO: "1" }).SEED_DEMO).toBe("1");
    expect(parseServerEnv({}).SEED_DEMO).toBeUndefined();
    expect(() => parseServerEnv({ SEED_DEMO: "yes" })).toThrow();
    const embedded = { kind: "pglite", dataDir: "/data" } as const;
    const server = { kind: "postgres", url: "postgres://db/hunar" } as const;
    expect(wantsDemoData(parseServerEnv({}), embedded)).toBe(true);
    expect(wantsDemoData(parseServerEnv({}), server)).toBe(false);
    expect(wantsDemoData(parseServerEnv({ SEED_DEMO: "1" }), server)).toBe(true);
    expect(wantsDemoData(parseServerEnv({ SEED_DEMO: "0" }), embedded)).toBe(false);
  });

  it("rejects a port out of range", () => {
    expect(() => parseServerEnv({ PORT: "70000" })).toThrow();
    expect(() => parseServerEnv({ PORT: "web" })).toThrow();
  });
});

describe("local origins", () => {
  it("trusts the loopback names on the real port, plus a specific HOST", () => {
    expect(localOrigins(undefined, 3000)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(localOrigins("0.0.0.0", 8080)).toHaveLength(3);
    expect(localOrigins("192.168.1.20", 3000)).toContain("http://192.168.1.20:3000");
    expect(localOrigins("fe80::1", 3000)).toContain("http://[fe80::1]:3000");
  });
});

describe("request ids", () => {
  it("keeps a safe incoming id and replaces anything else", () => {
    expect(requestIdFrom("abc-123.x:y_z")).toBe("abc-123.x:y_z");
    expect(requestIdFrom(["first", "second"])).toBe("first");
    expect(requestIdFrom("a b")).not.toBe("a b");
    expect(requestIdFrom("x".repeat(129))).toHaveLength(36);
    expect(requestIdFrom(undefined)).toHaveLength(36);
  });
});
