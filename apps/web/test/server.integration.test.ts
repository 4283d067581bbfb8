import { request as httpRequest } from "node:http";
import { createTestDb, testDbKinds, type TestDb } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { signUpThroughApi, startTestServer, type TestServer } from "./support/test-server.ts";

const FOREIGN = "https://evil.example";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

function cspNonce(response: Response): string {
  const match = /script-src 'self' 'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "");
  if (!match?.[1]) throw new Error("no script nonce in the CSP");
  return match[1];
}

/** GET, without following redirects. */
function get(server: TestServer, path: string, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}${path}`, { headers, redirect: "manual" });
}

function trpcMutation(server: TestServer, path: string, headers: Record<string, string>, body = "{}") {
  return fetch(`${server.origin}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

async function currentUserId(server: TestServer, cookie: string): Promise<string | null> {
  const response = await get(server, "/api/trpc/auth.me", { cookie });
  const body = (await response.json()) as { result: { data: { json: { id: string } | null } } };
  return body.result.data.json?.id ?? null;
}

describe.each(testDbKinds())("web server on %s", (kind) => {
  let testDb: TestDb;
  let server: TestServer;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    server = await startTestServer(loaded, testDb.db);
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
  });

  describe("/healthz", () => {
    it("answers 200 with the database status, never cached", async () => {
      const response = await get(server, "/healthz");
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ status: "ok", db: "ok" });
    });
  });

  describe("request ids and logs", () => {
    it("echoes a proxy's X-Request-Id and logs one line for the request under it", async () => {
      const response = await get(server, "/healthz", { "x-request-id": "lb-7f3a_01" });
      expect(response.headers.get("x-request-id")).toBe("lb-7f3a_01");
      await vi.waitFor(() => {
        const line = server.logs.find((entry) => entry.requestId === "lb-7f3a_01" && entry.msg === "request");
        expect(line).toMatchObject({ method: "GET", path: "/healthz", status: 200, level: 30 });
        expect(typeof line?.durationMs).toBe("number");
      });
    });

    it("generates an id when none (or an unsafe one) is sent", async () => {
      const none = await get(server, "/healthz");
      expect(none.headers.get("x-request-id")).toMatch(UUID);
      const unsafe = await get(server, "/healthz", { "x-request-id": "<script>alert(1)</script>" });
      expect(unsafe.headers.get("x-request-id")).toMatch(UUID);
    });
  });

  describe("security headers", () => {
    it("sends a CSP whose nonce is on every inline script of the page, new per request", async () => {
      const response = await get(server, "/", { "accept-language": "en" });
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("font-src 'self'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("frame-ancestors 'none'");
      const connectSrc = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(" ") ?? [];
      expect(connectSrc).toEqual(expect.arrayContaining(["'self'", server.origin.replace("http:", "ws:")]));
      // Browsers reject IPv6 literals as CSP sources and would log an error on every page.
      expect(connectSrc.filter((source) => source.includes("["))).toEqual([]);
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

      const nonce = cspNonce(response);
      const html = await response.text();
      const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
      expect(inlineScripts.length).toBeGreaterThan(0);
      for (const tag of inlineScripts) expect(tag).toContain(`nonce="${nonce}"`);

      const again = await get(server, "/");
      expect(cspNonce(again)).not.toBe(nonce);
      await again.body?.cancel();
    });

    it("sets helmet's other headers and hides the framework", async () => {
      const response = await get(server, "/healthz");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
      // Served over plain http here: no HSTS, no upgrade of asset URLs.
      expect(response.headers.get("strict-transport-security")).toBeNull();
      expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    });

    it("compresses pages", async () => {
      const response = await get(server, "/", { "accept-encoding": "gzip" });
      expect(response.headers.get("content-encoding")).toBe("gzip");
      await response.body?.cancel();
    });
  });

  describe("tRPC at /api/trpc", () => {
    it("refuses a mutation from a foreign or missing Origin with 403", async () => {
      const attempts: Record<string, string>[] = [{ origin: FOREIGN }, {}];
      for (const headers of attempts) {
        const response = await trpcMutation(server, "auth.logOut", headers);
        expect(response.status).toBe(403);
        const body = (await response.json()) as { error: { json: { data: { appCode: string } } } };
        expect(body.error.json.data.appCode).toBe("FORBIDDEN");
      }
    });

    it("accepts the same mutation from the site's own origin", async () => {
      const response = await trpcMutation(server, "auth.logOut", { origin: server.origin });
      expect(response.status).toBe(200);
    });

    it("answers a malformed body with 400, not 500", async () => {
      const response = await trpcMutation(server, "auth.logIn", { origin: server.origin }, "{not json");
      expect(response.status).toBe(400);
    });
  });

  describe("route actions", () => {
    it("refuses a form POST without or with a foreign Origin before the action runs", async () => {
      const { cookie } = await signUpThroughApi(server);
      const userId = await currentUserId(server, cookie);
      expect(userId).not.toBeNull();

      const attempts: Record<string, string>[] = [{ cookie }, { cookie, origin: FOREIGN }];
      for (const headers of attempts) {
        const response = await fetch(`${server.origin}/logout`, { method: "POST", headers, redirect: "manual" });
        expect(response.status).toBe(403);
        await response.body?.cancel();
      }
      // Nothing happened: still signed in.
      expect(await currentUserId(server, cookie)).toBe(userId);

      const accepted = await fetch(`${server.origin}/logout`, {
        method: "POST",
        headers: { cookie, origin: server.origin },
        redirect: "manual",
      });
      expect(accepted.status).toBe(302);
      expect(await currentUserId(server, cookie)).toBeNull();
    });
  });

  describe("errors", () => {
    it("renders the not-found page for an unknown path", async () => {
      const response = await get(server, "/no-such-page/at-all");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/html");
      await response.body?.cancel();
    });

    it("answers a request whose Host is not a valid URL host with 400, not 500", async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.origin}/`, { headers: { host: "bad host[" } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(400);
    });

    it("answers a malformed percent-encoded path with 400", async () => {
      const response = await get(server, "/%E0%A4%A");
      expect(response.status).toBe(400);
      await response.body?.cancel();
    });

    it("answers control characters in a path with 404 and in a query with 400, before any page or database sees them", async () => {
      for (const [path, status] of [
        ["/gigs/ab%00cd", 404],
        ["/u/%00", 404],
        ["/orders/%1B%5B2J", 404],
        ["/inbox?q=a%00b", 400],
        ["/search?q=logo%0Adesign", 400],
        ["/search?%00=1", 400],
        ["/search?q=%E0%A4%A", 400],
      ] as const) {
        const response = await get(server, path);
        expect(response.status, path).toBe(status);
        expect(await response.text(), path).toContain('lang="ur"');
      }
      // Urdu and a plus for a space are what real links carry.
      const fine = await get(server, `/search?q=${encodeURIComponent("لوگو ڈیزائن")}+urdu`);
      expect(fine.status).toBe(200);
      await fine.body?.cancel();
    });
  });
});
