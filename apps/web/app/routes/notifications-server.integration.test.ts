import { createTestDb, testDbKinds, type TestDb } from "@hunar/db/testing";
import { notifyPayoutPaid } from "@hunar/notifications/testing/notification-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAppModule, type LoadedApp } from "../../test/support/app-module.ts";
import { signedInPerson, type SignedInPerson } from "../../test/support/chat-people.ts";
import { startTestServer, type TestServer } from "../../test/support/test-server.ts";

// The page as a browser without JavaScript gets it from the real server: the HTML, its forms
// and the headers.

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

describe.each(testDbKinds())("the notification centre served on %s", (kind) => {
  let testDb: TestDb;
  let server: TestServer;
  let ayesha: SignedInPerson;
  /** What the page shows, without the data and strings the scripts carry. */
  const shown = (html: string) => html.slice(0, html.indexOf("<script"));
  const get = (path: string, cookie?: string) =>
    fetch(`${server.origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    server = await startTestServer(loaded, testDb.db);
    ayesha = await signedInPerson(testDb.db, "Ayesha Khan");
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
  });

  it("renders the list with working forms and the bell's count, never cached, and marks all read by a plain POST", async () => {
    await notifyPayoutPaid(testDb.db, ayesha.userId, { reference: "FT-PAGE-1" });
    await notifyPayoutPaid(testDb.db, ayesha.userId, { reference: "FT-PAGE-2" });
    const page = await get("/notifications", ayesha.cookie);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = shown(await page.text());
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toMatch(/<a[^>]*href="\/notifications"[^>]*>[\s\S]*?2 ان پڑھی اطلاعات/);
    expect(html).toContain("FT-PAGE-2");
    // Mark all read, and per notification: open (unread, so through a POST) and mark read.
    expect(html.match(/<form[^>]* action="\/notifications" method="post">/g)?.length).toBe(5);

    const posted = await fetch(`${server.origin}/notifications`, {
      method: "POST",
      headers: { cookie: ayesha.cookie, origin: server.origin, "content-type": "application/x-www-form-urlencoded" },
      body: "intent=readAll",
      redirect: "manual",
    });
    expect(posted.status).toBe(302);
    expect(posted.headers.get("location")).toBe("/notifications?done=readAll");
    const after = shown(await (await get("/notifications?done=readAll", ayesha.cookie)).text());
    expect(after).not.toContain('data-testid="notification-badge"');
    expect(after).not.toContain("ان پڑھی اطلاعات");
    expect(after).toContain("آپ کی تمام اطلاعات پڑھی ہوئی نشان زد ہو گئیں۔");
  });

  it("sends every signed-in page no-store through the root, and leaves a visitor's page alone", async () => {
    const signedIn = await get("/", ayesha.cookie);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    const visitor = await get("/");
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("cache-control")).toBeNull();
    expect(shown(await visitor.text())).not.toContain('href="/notifications"');
    expect((await get("/notifications")).status).toBe(302);
  });
});
