import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

type Locale = "ur" | "en";

// Seeded by the e2e server (SEED_DEMO=1).
const ADMIN = { email: "admin@hunar.test", password: "hunar-demo-2025" };
const LOGO_CATEGORY = { ur: "لوگو ڈیزائن", en: "Logo Design" } as const;

/** A made-up Urdu word, so this run's gig is the only one an Urdu search for it can find. */
function urduWord(): string {
  const letters = "بپتٹجچحخدڈرزسشصطعغفقکگلمنوہی";
  return Array.from({ length: 7 }, () => letters[randomInt(letters.length)]).join("");
}

/** A real PNG, drawn on the spot, as a phone camera roll would hand it over. */
async function photo(): Promise<Buffer> {
  const stripe = await sharp({ create: { width: 900, height: 120, channels: 3, background: { r: 250, g: 200, b: 40 } } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 20, g: 120, b: 90 } } })
    .composite([{ input: stripe, top: 240, left: 0 }])
    .png()
    .toBuffer();
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

async function createGig(page: Page, locale: Locale, word: string): Promise<{ titleUr: string; titleEn: string }> {
  const gigs = texts(locale, "gigs");
  const pages = texts(locale, "pages");
  const common = texts(locale, "common");
  const listing = {
    titleUr: `میں آپ کے کاروبار کے لیے ${word} انداز کا خوبصورت لوگو بناؤں گی`,
    titleEn: `I will design a ${word} style logo for your shop`,
  };

  await page.getByLabel(common("account.menuLabel")).click();
  await page.getByRole("link", { name: pages("nav.createGig") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pages("gigForm.newTitle"));

  await page.getByLabel(gigs("form.titleUr")).fill(listing.titleUr);
  await page
    .getByLabel(gigs("form.descriptionUr"))
    .fill("آپ کے برانڈ کی کہانی سمجھ کر ہاتھ سے خاکے بناتی ہوں اور پھر انہیں صاف ستھرے ڈیجیٹل لوگو میں ڈھالتی ہوں۔");
  await page.getByLabel(gigs("form.titleEn")).fill(listing.titleEn);
  await page
    .getByLabel(gigs("form.descriptionEn"))
    .fill("I sketch by hand from your brand's story, then turn the best idea into a clean **digital** logo.");
  await page.getByLabel(gigs("form.category")).selectOption({ label: LOGO_CATEGORY[locale] });
  await page.getByLabel(gigs("form.tags")).fill(`لوگو، logo, ${word}`);

  const basic = page.getByRole("group", { name: gigs("tier.BASIC"), exact: true });
  // Package texts have an input per language; this one is written in Urdu only.
  const inUrdu = (field: string) => gigs("form.inUrdu").replace("{{field}}", gigs(field));
  await basic.getByLabel(inUrdu("form.packageName")).fill("بنیادی لوگو");
  await basic.getByLabel(inUrdu("form.packageDescription")).fill("ایک تصور، PNG اور SVG فائلیں");
  await basic.getByLabel(gigs("form.priceRupees")).fill("4500");
  await basic.getByLabel(gigs("form.deliveryDays")).fill("3");
  await basic.getByLabel(inUrdu("form.features")).fill("1 تصور\nSVG فائل");

  await page.getByLabel(pages("gigForm.addImages")).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await photo() });
  await page.getByRole("button", { name: gigs("form.submitForReview") }).click();

  await expect(page).toHaveURL(/\/gigs\/mine\?done=submitted$/);
  await expect(page.getByText(pages("myGigs.done.submitted"))).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: locale === "ur" ? listing.titleUr : listing.titleEn });
  await expect(row.getByText(gigs("status.PENDING_REVIEW"), { exact: true })).toBeVisible();
  return listing;
}

async function approve(page: Page, locale: Locale, title: string): Promise<void> {
  const gigs = texts(locale, "gigs");
  const common = texts(locale, "common");
  await page.getByLabel(common("account.menuLabel")).click();
  await page.getByRole("link", { name: texts(locale, "pages")("nav.moderation") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(gigs("moderation.queue"));
  const item = page.getByRole("form", { name: title });
  await item.getByLabel(gigs("moderation.reason")).fill(locale === "ur" ? "فہرست کے اصولوں کے مطابق ہے" : "Meets the listing rules");
  await item.getByRole("button", { name: gigs("moderation.approve"), exact: true }).click();
  await expect(page.getByText(texts(locale, "pages")("moderation.decided.approve"))).toBeVisible();
  await expect(page.getByRole("form", { name: title })).toHaveCount(0);
}

const journeys: { locale: Locale; javaScriptEnabled: boolean }[] = [
  { locale: "ur", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: true },
  { locale: "en", javaScriptEnabled: false },
];

for (const { locale, javaScriptEnabled } of journeys) {
  test.describe(`gig journey in ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, locale: locale === "ur" ? "ur-PK" : "en-US" });

    test("a freelancer lists a gig with an image, an admin approves it, a client finds it in Urdu and opens it", async ({
      page,
      newAccount,
      account,
    }) => {
      test.setTimeout(120_000);
      // Hydration mismatches, CSP refusals and script errors all surface here.
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      const common = texts(locale, "common");
      const pages = texts(locale, "pages");
      const word = urduWord();

      await account.signUp(page, locale, newAccount);
      await account.verifyEmail(page, locale, newAccount.email);
      const listing = await createGig(page, locale, word);
      const title = locale === "ur" ? listing.titleUr : listing.titleEn;

      // Not public yet: a signed-out visitor searching for it finds nothing.
      await account.logOut(page, locale);
      await page.goto(`/search?q=${encodeURIComponent(word)}&lng=${locale}`);
      await expect(page.getByText(fill(pages("search.emptyFor"), { query: word }))).toBeVisible();

      await account.logIn(page, locale, ADMIN.email, ADMIN.password);
      await approve(page, locale, title);
      await account.logOut(page, locale);

      // A client searches from the header box with Urdu words.
      await page.goto(`/?lng=${locale}`);
      await page.getByLabel(common("search.label")).fill(`${word} لوگو`);
      await page.getByLabel(common("search.label")).press("Enter");
      await expect(page).toHaveURL(/\/search\?q=/);
      await expect(page.getByRole("status").filter({ hasText: fill(pages("search.count_one"), { formatted: "1" }) })).toBeVisible();
      await page.getByRole("link", { name: title }).click();

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const image = page.getByRole("img", { name: fill(pages("gig.imageAlt"), { title, number: 1 }) });
      await expect(image).toBeVisible();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      await expect(page.getByRole("radio").first()).toBeChecked();
      // Ordering needs an account: a visitor is sent to log in and back, never to a dead end.
      const order = page.getByRole("link", { name: pages("gig.order"), exact: true });
      await expect(order).toHaveAttribute("href", /^\/login\?redirectTo=%2Fgigs%2F/);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");
      expect(problems).toEqual([]);
    });
  });
}

test("the search page ships no JavaScript and works without it", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/search?q=%D9%84%D9%88%DA%AF%D9%88&lng=ur");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("لوگو");
  expect(scripts).toEqual([]);
});
