import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { texts } from "./texts.ts";

// Seeded by the e2e server (SEED_DEMO=1): the demo freelancer has cleared earnings from the demo
// ledger, enough for a small withdrawal.
const FREELANCER = { email: "ayesha.khan@hunar.test", password: "hunar-demo-2025" };
const ADMIN = { email: "admin@hunar.test", password: "hunar-demo-2025" };

const earnings = texts("ur", "earnings");
const payments = texts("ur", "payments");
const common = texts("ur", "common");

/** Opens an earnings page from the account menu and the earnings tabs, as a person would. */
async function openEarnings(page: Page, tab?: "nav.payoutMethods" | "nav.statements") {
  await page.getByLabel(common("account.menuLabel"), { exact: true }).click();
  // The menu is a <details> (role group); the earnings tabs repeat the link on earnings pages.
  await page
    .getByRole("group")
    .getByRole("link", { name: earnings("nav.earnings") })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(earnings("dashboard.title"));
  if (tab)
    await page
      .getByRole("navigation", { name: earnings("nav.section") })
      .getByRole("link", { name: earnings(tab) })
      .click();
}

test.describe("freelancer payout journey in Urdu", () => {
  test.use({ locale: "ur-PK" });

  test("adds a JazzCash wallet, withdraws, the admin pays it, and the statement and its CSV show the payout", async ({ page, account }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    // This run's own wallet, amount and bank reference, so parallel or repeated runs never meet.
    const wallet = `03${randomInt(10, 50)}-${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
    const amount = `${randomInt(1000, 1500)}.${String(randomInt(1, 100)).padStart(2, "0")}`;
    const reference = `JC${randomInt(100_000_000, 1_000_000_000)}`;
    const walletRow = (scope: Page) => scope.getByRole("listitem").filter({ hasText: wallet });

    await account.logIn(page, "ur", FREELANCER.email, FREELANCER.password);
    await openEarnings(page);
    // The chart is drawn on the server: an SVG image with its figures in a table for screen readers.
    await expect(page.locator('figure svg[role="img"]')).toBeVisible();
    await expect(page.getByRole("table", { name: earnings("chart.title") })).toBeAttached();

    await openEarnings(page, "nav.payoutMethods");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(earnings("methods.title"));
    await page.getByLabel(earnings("rails.JAZZCASH")).check();
    await page.getByLabel(earnings("methods.accountTitle")).fill("عائشہ خان");
    await page.getByLabel(earnings("methods.accountNumber")).fill(wallet);
    await page.getByRole("button", { name: earnings("methods.submit") }).click();
    await expect(page.getByText(earnings("methods.added"))).toBeVisible();
    await expect(walletRow(page)).toBeVisible();

    await openEarnings(page);
    const method = page.getByLabel(earnings("withdraw.method"));
    const option = method.locator("option", { hasText: wallet });
    await method.selectOption((await option.getAttribute("value")) ?? "");
    await page.getByLabel(earnings("withdraw.amount")).fill(amount);
    await page.getByRole("button", { name: earnings("withdraw.submit") }).click();
    await expect(page.getByText(earnings("withdraw.requested"))).toBeVisible();
    await expect(walletRow(page).getByText(earnings("status.REQUESTED"), { exact: true })).toBeVisible();
    await account.logOut(page, "ur");

    await account.logIn(page, "ur", ADMIN.email, ADMIN.password);
    await page.getByLabel(common("account.menuLabel"), { exact: true }).click();
    await page.getByRole("link", { name: earnings("nav.payouts"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(earnings("admin.title"));
    const queued = walletRow(page);
    await queued.getByLabel(earnings("admin.reference")).fill(reference);
    await queued.getByRole("button", { name: earnings("admin.markPaid") }).click();
    await expect(page.getByText(earnings("admin.paid"))).toBeVisible();
    await expect(walletRow(page)).toHaveCount(0);
    await account.logOut(page, "ur");

    await account.logIn(page, "ur", FREELANCER.email, FREELANCER.password);
    await openEarnings(page);
    const paid = walletRow(page);
    await expect(paid.getByText(earnings("status.PAID"), { exact: true })).toBeVisible();
    await expect(paid.getByText(reference)).toBeVisible();

    // This month's statement (the default period) lists the payout to this wallet.
    await page
      .getByRole("navigation", { name: earnings("nav.section") })
      .getByRole("link", { name: earnings("nav.statements") })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(earnings("statements.title"));
    const ending = wallet.slice(-4);
    // The sent payout: worded as in the CSV, money out (negative), with the bank's reference.
    const sentRow = page
      .getByRole("row")
      .filter({ hasText: payments("statementLines.PAYOUT_PAID") })
      .filter({ hasText: ending });
    await expect(sentRow).toBeVisible();
    await expect(sentRow).toContainText(reference);
    await expect(sentRow.getByRole("cell").last()).toContainText("-Rs");

    const downloadStarted = page.waitForEvent("download");
    await page.getByRole("link", { name: earnings("statements.downloadCsv") }).click();
    const download = await downloadStarted;
    expect(download.suggestedFilename()).toMatch(/^hunar-statement-\d{4}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const payoutLine = csv.split("\r\n").find((line) => line.includes(reference));
    expect(payoutLine).toContain(ending);
    expect(payoutLine).toContain(payments("statementLines.PAYOUT_PAID"));
    expect(payoutLine).toContain(`-${amount}`);
    expect(problems).toEqual([]);
  });
});
