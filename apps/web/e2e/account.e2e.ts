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

    test("confirm the address from the e-mail, then reset a forgotten password from the e-mail", async ({
      page,
      newAccount,
      account,
      mail,
    }) => {
      // Both languages across the two runs: English with JavaScript, Urdu without.
      const locale = javaScriptEnabled ? "en" : "ur";
      const a = texts(locale, "account");
      const n = texts(locale, "notifications");
      const bannerStart = a("verifyPending.banner").split("{{")[0]!;
      await account.signUp(page, locale, newAccount);
      const banner = page.getByRole("status").filter({ hasText: bannerStart });
      await expect(banner).toContainText(newAccount.email);
      await expect(banner.getByRole("button", { name: a("verifyPending.resend") })).toBeVisible();

      await account.verifyEmail(page, locale, newAccount.email);
      await page.goto("/");
      await expect(page.getByRole("status").filter({ hasText: bannerStart })).toHaveCount(0);

      await account.logOut(page, locale);
      await page.goto("/login");
      await page.getByRole("link", { name: a("logIn.forgotPassword") }).click();
      await expect(page).toHaveURL(/\/forgot-password$/);
      await page.getByLabel(a("fields.email")).fill(newAccount.email);
      await page.getByRole("button", { name: a("forgotPassword.submit") }).click();
      await expect(page.getByRole("status").filter({ hasText: newAccount.email })).toBeVisible();

      const link = await mail.linkFromMail(newAccount.email, n("account.resetPassword.subject"), "/reset-password");
      const newPassword = `${newAccount.password}-new`;
      await page.goto(link);
      await page.getByLabel(a("fields.newPassword")).fill(newPassword);
      await page.getByRole("button", { name: a("resetPassword.submit") }).click();
      await expect(page).toHaveURL(/\/login\?reset=done$/);
      await expect(page.getByRole("status").filter({ hasText: a("logIn.passwordReset") })).toBeVisible();

      await account.logIn(page, locale, newAccount.email, newAccount.password);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toHaveCount(0);
      await account.logIn(page, locale, newAccount.email, newPassword);
      await expect(page.getByLabel(texts(locale, "common")("account.menuLabel"))).toContainText(newAccount.name);
      // The link worked once.
      await account.logOut(page, locale);
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(a("resetPassword.invalidTitle"));
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
