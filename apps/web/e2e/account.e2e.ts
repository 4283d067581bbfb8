import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

const en = texts("en", "common");
const ur = texts("ur", "common");

// The same journey with and without JavaScript: forms must work before (or without) it.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`account journey, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, locale: "en-US" });

    test("sign up, log out, log in, then read the page in Urdu", async ({ page, newAccount, account }) => {
      await account.signUp(page, "en", newAccount);
      const menu = page.getByLabel(en("account.menuLabel"));
      await expect(menu).toContainText(newAccount.name);

      await account.logOut(page, "en");
      await expect(page.getByRole("link", { name: en("account.logIn") })).toBeVisible();
      await expect(page.getByLabel(en("account.menuLabel"))).toHaveCount(0);

      await account.logIn(page, "en", newAccount.email, newAccount.password);
      await expect(page.getByLabel(en("account.menuLabel"))).toContainText(newAccount.name);
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

      // Switching language keeps the person on the same page.
      await page.goto("/account");
      await page.getByRole("link", { name: "اردو" }).click();
      await expect(page).toHaveURL(/\/account(\?|$)/);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", "ur");
      await expect(page.getByLabel(ur("account.menuLabel"))).toContainText(newAccount.name);
      await expect(page.getByRole("contentinfo")).toContainText(ur("footer.payouts"));

      // The choice is remembered on the next page without ?lng=.
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ur("home.title"));
    });

    test("a wrong password is refused with a localised error and no session", async ({ page, newAccount, account }) => {
      await account.signUp(page, "ur", newAccount);
      await account.logOut(page, "ur");
      await account.logIn(page, "ur", newAccount.email, `${newAccount.password}-wrong`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expect(page.getByLabel(ur("account.menuLabel"))).toHaveCount(0);
    });
  });
}

test("Urdu is the default for a browser that asks for neither language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ur("home.title"));
  await context.close();
});
