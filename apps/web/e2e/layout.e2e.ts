import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// Every page each kind of person can reach, in both languages, on a 390 px phone: the page never
// scrolls sideways and no text is cut off by a box that hides its overflow. The page list comes
// from app/routes.ts, so a new route is checked (or this test asks for an example of it); ids come
// from the demo data (SEED_DEMO=1) by following the links the pages themselves show.

type Locale = "ur" | "en";
const LOCALES: Locale[] = ["en", "ur"];
const VIEWPORT = { width: 390, height: 844 };
const DEMO_PASSWORD = "hunar-demo-2025";
// One tab: pages measured in background tabs showed overflow that the same page in the front tab
// does not have (lazily loaded images laid out late), and the server, not the browser, sets the pace.
const CONCURRENT_PAGES = 1;

/** Routes that are not pages, or whose example is not a link anyone is shown. */
const EXAMPLES: Record<string, string | null> = {
  logout: null, // a form action
  "earnings/statements.csv": null, // a download
  "orders/:orderId/files/:attachmentId": null, // a download
  "profile-media/:kind/:id/:size": null, // an image
  "notifications/unsubscribe/:token": "/notifications/unsubscribe/not-a-real-token",
  // The seller profile of u/:handle (checked), by id; nothing links to it.
  "users/:userId": null,
  // Asks the admin's reason before it shows anything; the conversation view is the one of inbox/:conversationId.
  "admin/disputes/:disputeId/conversation": null,
  "*": "/no-such-page",
};

/** Each route path of app/routes.ts ("" is the home page). */
function routePaths(): string[] {
  const source = readFileSync(new URL("../app/routes.ts", import.meta.url), "utf8");
  const paths = [...source.matchAll(/\broute\(\s*"([^"]*)"/g)].map((match) => match[1] ?? "");
  return /\bindex\(/.test(source) ? ["", ...paths] : paths;
}

const isDynamic = (path: string) => path.includes(":");
const patternOf = (path: string) => new RegExp(`^/${path.replace(/\./g, "\\.").replace(/:[^/]+/g, "[^/?#]+")}$`);

interface Person {
  name: string;
  /** Logs this context in; null for the signed-out visitor. */
  signIn: ((page: Page) => Promise<void>) | null;
  /** Skips the pages the signed-out visitor saw (the same page, with this person's header closed). */
  skipPublic?: boolean;
  /** Only the pages without ids: this person exists for the header, not for the data. */
  staticOnly?: boolean;
  locales?: Locale[];
}

// One signed-in person has a long Urdu name: the header must truncate it, not widen the page.
const LONG_URDU_NAME = "محمد عبدالرحمٰن قریشی لاہوری";

interface Problem {
  url: string;
  what: string;
}

/** Runs in the page: sideways overflow and text clipped by a box that hides overflow. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    // Name the innermost boxes that stick out, so the failure says where to look.
    const outside = Array.from(document.body.querySelectorAll<HTMLElement>("*")).filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
    });
    const innermost = outside.filter((element) => !outside.some((other) => other !== element && element.contains(other)));
    const where = innermost.slice(0, 3).map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
    problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window: ${where.join(", ")}`);
  }
  const hides = (value: string) => value === "hidden" || value === "clip";
  for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
    if (
      ["INPUT", "TEXTAREA", "SELECT", "OPTION", "SCRIPT", "STYLE", "SVG", "IMG", "VIDEO", "CANVAS"].includes(element.tagName.toUpperCase())
    )
      continue;
    const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (!ownText) continue;
    const style = getComputedStyle(element);
    if (style.display === "none" || style.visibility === "hidden") continue;
    // Screen-reader-only text is a 1 px clipped box on purpose.
    if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
    // Truncated on purpose: marked, or an ellipsis with the whole text in a title.
    if (element.closest("[data-truncated]")) continue;
    if (style.textOverflow === "ellipsis" && element.closest("[title]")) continue;
    const clippedX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const clippedY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (!clippedX && !clippedY) continue;
    const text = (element.textContent ?? "").trim().slice(0, 60);
    problems.push(`<${element.tagName.toLowerCase()} class="${element.className}"> clips "${text}"`);
  }
  return problems;
}

async function check(page: Page, url: string): Promise<{ problems: Problem[]; links: string[]; redirected: boolean }> {
  await page.goto(url, { waitUntil: "load" });
  // Open menus and disclosures count too: an open account menu must fit the screen as well.
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
  await page.evaluate(() => document.fonts.ready);
  const found = await page.evaluate(layoutProblems);
  // Links and form targets (checkout is a form on the gig page).
  const links = await page.evaluate(() =>
    [
      ...Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"), (link) => link.href),
      ...Array.from(document.querySelectorAll<HTMLFormElement>("form[action]"), (form) => form.action),
    ]
      .map((href) => new URL(href, location.href))
      .filter((href) => href.origin === location.origin)
      .map((href) => href.pathname),
  );
  const redirected = new URL(page.url()).pathname !== new URL(url, page.url()).pathname;
  return { problems: found.map((what) => ({ url, what })), links, redirected };
}

/** Checks the URLs a few at a time; returns the problems, the links seen and the URLs that redirected. */
async function checkAll(context: BrowserContext, urls: string[]) {
  const problems: Problem[] = [];
  const links = new Set<string>();
  const redirected = new Set<string>();
  const queue = [...urls];
  // A few tabs, each reused from page to page.
  await Promise.all(
    Array.from({ length: CONCURRENT_PAGES }, async () => {
      const page = await context.newPage();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const result = await check(page, url);
        problems.push(...result.problems);
        result.links.forEach((link) => links.add(link));
        if (result.redirected) redirected.add(url);
      }
      await page.close();
    }),
  );
  return { problems, links, redirected };
}

async function logInAs(page: Page, email: string) {
  await page.goto("/login?lng=en");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form[method="post"] button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

async function signUpLongName(page: Page) {
  const id = randomUUID().slice(0, 8);
  await page.goto("/signup?lng=ur");
  await page.locator('input[name="name"]').fill(LONG_URDU_NAME);
  await page.locator('input[name="email"]').fill(`long.name.${id}@example.pk`);
  await page.locator('input[name="password"]').fill(`kiln-mango-${id}-Rabi`);
  await page.locator('input[name="intent"][value="BOTH"]').check();
  await page.locator('form[method="post"] button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== "/signup");
}

const PEOPLE: Person[] = [
  { name: "signed out", signIn: null },
  { name: "client", signIn: (page) => logInAs(page, "saad.rehman@hunar.test") },
  { name: "freelancer", signIn: (page) => logInAs(page, "ayesha.khan@hunar.test"), skipPublic: true },
  { name: "admin", signIn: (page) => logInAs(page, "admin@hunar.test"), skipPublic: true },
  { name: "newcomer with a long Urdu name", signIn: signUpLongName, staticOnly: true, locales: ["ur"] },
];

async function personContext(browser: Browser, person: Person): Promise<BrowserContext> {
  // Without the page's script: the layout is the server's HTML and CSS (which must work without
  // it), and a hundred hydrations would cost more than the checks.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "en-US", javaScriptEnabled: false });
  if (person.signIn) {
    const page = await context.newPage();
    await person.signIn(page);
    await page.close();
  }
  return context;
}

async function useLocale(context: BrowserContext, locale: Locale) {
  await context.addCookies([{ name: "lng", value: locale, url: test.info().project.use.baseURL ?? "http://127.0.0.1" }]);
}

// A trace of a hundred pages would cost more than the checks themselves.
test.use({ trace: "off" });

test("every page fits a 390 px phone in both languages, signed in or out", async ({ browser }) => {
  // About 250 pages; well under a minute on an idle machine, slower on a busy one.
  test.setTimeout(240_000);
  const routes = routePaths();
  expect(routes.length).toBeGreaterThan(20);
  const staticUrls = routes.filter((path) => !isDynamic(path) && !(path in EXAMPLES)).map((path) => `/${path}`);
  const explicit = Object.values(EXAMPLES).filter((url): url is string => url !== null);
  const dynamic = routes.filter((path) => isDynamic(path) && !(path in EXAMPLES));
  const resolved = new Set<string>();
  // Ids learned from links (orderId from /orders/x) fill routes nobody links to in the demo
  // data, such as /orders/x/pay for an order that is already paid.
  const ids = new Map<string, string>();
  const publicPages = new Set<string>();
  const problems: Problem[] = [];
  let pages = 0;

  function exampleOf(path: string, seen: Set<string>): string | null {
    // A static route's address (/jobs/new) is never an example of a dynamic one (/jobs/:jobId).
    const linked = [...seen].find((link) => patternOf(path).test(link) && !staticUrls.includes(link));
    const parts = path.split("/");
    if (linked) {
      const values = linked.slice(1).split("/");
      parts.forEach((part, index) => part.startsWith(":") && values[index] && ids.set(part, values[index]));
      return linked;
    }
    const names = parts.filter((part) => part.startsWith(":"));
    return names.every((name) => ids.has(name)) ? `/${parts.map((part) => ids.get(part) ?? part).join("/")}` : null;
  }

  // One person at a time (a few pages at once): the server, not the browser, is the bottleneck.
  for (const person of PEOPLE) {
    const context = await personContext(browser, person);
    try {
      // First language: the pages without ids, then every id page the person is shown a link to.
      const [first, ...others] = (person.locales ?? LOCALES) as [Locale, ...Locale[]];
      await useLocale(context, first);
      const visited = new Set<string>();
      const seen = new Set<string>();
      const redirected = new Set<string>();
      let batch = [...staticUrls, ...explicit].filter((url) => !(person.skipPublic && publicPages.has(url)));
      while (batch.length > 0) {
        batch.forEach((url) => visited.add(url));
        const result = await checkAll(context, batch);
        pages += batch.length;
        problems.push(...result.problems.map((p) => ({ ...p, url: `${person.name}, ${first}: ${p.url}` })));
        result.links.forEach((link) => seen.add(link));
        result.redirected.forEach((url) => redirected.add(url));
        if (person.staticOnly) break;
        batch = dynamic
          .flatMap((path) => {
            const example = exampleOf(path, seen);
            if (example) resolved.add(path);
            return example ? [example] : [];
          })
          .filter((url) => !visited.has(url) && !(person.skipPublic && publicPages.has(url)));
      }
      if (!person.signIn) [...visited].filter((url) => !redirected.has(url)).forEach((url) => publicPages.add(url));
      // Then the same pages in the other language, less the ones that sent this person elsewhere
      // (a signed-out visitor to /orders lands on /login, which is checked on its own).
      const again = [...visited].filter((url) => !redirected.has(url));
      for (const locale of others) {
        await useLocale(context, locale);
        const result = await checkAll(context, again);
        pages += again.length;
        problems.push(...result.problems.map((p) => ({ ...p, url: `${person.name}, ${locale}: ${p.url}` })));
      }
    } finally {
      await context.close();
    }
  }

  console.log(`checked ${pages} pages`);
  // A new route with ids must be reachable from some page someone is shown (or get an example above).
  const unreached = dynamic.filter((path) => !resolved.has(path)).map((path) => `no link to /${path} on any page: add an example`);
  expect([...unreached, ...problems.map((p) => `${p.url}: ${p.what}`)]).toEqual([]);
});
