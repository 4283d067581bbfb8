import sharp from "sharp";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

const p = texts("ur", "profiles");
const pages = texts("ur", "pages");

/** A small picture of a logo, as a designer would upload it. */
function workImage(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 180, g: 83, b: 9 } } })
    .png()
    .toBuffer();
}

// In Urdu and without JavaScript: every profile form is a plain POST.
test.describe("a freelancer's profile, in Urdu, JavaScript off", () => {
  test.use({ javaScriptEnabled: false, locale: "ur-PK" });

  test("edit the profile, add a portfolio piece and see both on /u/:handle", async ({ page, newAccount, account }) => {
    await account.signUp(page, "ur", newAccount);
    await page.goto("/account/profile");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p("editor.title"));

    // A refused save says why in Urdu and keeps what was typed.
    await page.getByLabel(p("editor.headlineUr"), { exact: true }).fill("لوگو ڈیزائنر، فون 0300-1234567");
    await page.getByRole("button", { name: p("editor.save"), exact: true }).click();
    await expect(page.getByText(p("errors.contactDetails"))).toBeVisible();

    await page.getByLabel(p("editor.headlineUr"), { exact: true }).fill("لوگو اور برانڈ ڈیزائنر، چھ سال کا تجربہ");
    await page.getByLabel(p("editor.bioUr"), { exact: true }).fill("میں لاہور سے ریستورانوں اور دکانوں کے لیے لوگو بناتی ہوں۔");
    await page.getByLabel(p("editor.city"), { exact: true }).selectOption("Lahore");
    await page.getByLabel(pages("languages.ur"), { exact: true }).selectOption("NATIVE");
    await page.getByLabel(pages("languages.en"), { exact: true }).selectOption("FLUENT");
    await page.getByLabel(p("editor.skills"), { exact: true }).fill("لوگو ڈیزائن، برانڈنگ");
    await page.getByRole("button", { name: p("editor.save"), exact: true }).click();
    await expect(page.getByText(p("editor.saved")).first()).toBeVisible();

    const handle = `sana-${newAccount.email.slice(5, 13)}`;
    await page.getByLabel(p("editor.handle"), { exact: true }).fill("admin");
    await page.getByRole("button", { name: p("editor.saveHandle") }).click();
    await expect(page.getByText(p("errors.handleReserved"))).toBeVisible();
    await page.getByLabel(p("editor.handle"), { exact: true }).fill(handle);
    await page.getByRole("button", { name: p("editor.saveHandle") }).click();
    await expect(page.getByText(p("editor.saved")).first()).toBeVisible();

    await page.getByRole("link", { name: p("portfolio.title") }).click();
    await expect(page).toHaveURL(/\/account\/profile\/portfolio$/);
    await page
      .getByLabel(p("portfolio.image"), { exact: true })
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await workImage() });
    await page.getByLabel(p("portfolio.itemTitle"), { exact: true }).first().fill("کراچی بریانی ہاؤس کا لوگو");
    await page.getByLabel(p("portfolio.link"), { exact: true }).first().fill("https://example.pk/biryani");
    await page.getByRole("button", { name: p("portfolio.add") }).click();
    await expect(page.getByText(p("portfolio.added"))).toBeVisible();

    await page.goto(`/u/${handle}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(newAccount.name);
    await expect(page.getByText("لوگو اور برانڈ ڈیزائنر، چھ سال کا تجربہ")).toBeVisible();
    await expect(page.locator('p[lang="ur"]').filter({ hasText: "ریستورانوں" })).toBeVisible();
    await expect(page.getByText("لاہور").first()).toBeVisible();
    await expect(page.getByText(`${pages("languages.ur")} (${p("levels.NATIVE")})`)).toBeVisible();
    const portfolio = page.getByRole("region", { name: p("public.portfolioTitle") });
    await expect(portfolio.getByRole("heading", { name: "کراچی بریانی ہاؤس کا لوگو" })).toBeVisible();
    const image = portfolio.getByRole("img", { name: "کراچی بریانی ہاؤس کا لوگو" });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(portfolio.getByRole("link", { name: p("public.portfolioLink") })).toHaveAttribute("rel", /nofollow ugc/);
  });
});
