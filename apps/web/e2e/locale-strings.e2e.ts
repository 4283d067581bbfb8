import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// A page names its language's strings file instead of carrying every string in its loader data;
// the browser fetches it before hydrating, and again only when the language changes.
test("a hydrated page loads its strings from the cached file, and switching language fetches the other one", async ({ page, account }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/locales/")) fetched.push(new URL(request.url()).pathname);
  });
  await account.logIn(page, "ur", "saad.rehman@hunar.test", "hunar-demo-2025");
  await expect(page.getByLabel(texts("ur", "common")("account.menuLabel"), { exact: true })).toBeVisible();

  await page.goto("/wallet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts("ur", "wallet")("wallet.title"));
  const html = await (await page.request.get("/wallet")).text();
  // A string of another page's namespace is not in this page's HTML any more.
  expect(html).not.toContain(texts("ur", "disputes")("decide.reasonHint"));
  expect(html).toMatch(/<link rel="preload" href="\/locales\/ur\.[0-9a-f]{12}\.json" as="fetch"/);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts("en", "wallet")("wallet.title"));
  expect(fetched.some((path) => /^\/locales\/en\.[0-9a-f]{12}\.json$/.test(path))).toBe(true);
  expect(fetched.some((path) => /^\/locales\/ur\.[0-9a-f]{12}\.json$/.test(path))).toBe(true);
});
