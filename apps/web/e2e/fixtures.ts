import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { caughtMail, expectMail } from "./mail.ts";
import { texts } from "./texts.ts";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

type Locale = "ur" | "en";

/** Fills and submits the sign-up form as a person would, in the page's language. */
async function signUp(page: Page, locale: Locale, account: NewAccount): Promise<void> {
  const t = texts(locale, "account");
  await page.goto(`/signup?lng=${locale}`);
  await page.getByLabel(t("fields.name")).fill(account.name);
  await page.getByLabel(t("fields.email")).fill(account.email);
  await page.getByLabel(t("fields.password"), { exact: true }).fill(account.password);
  await page.getByLabel(t("fields.intentBoth")).check();
  await page.getByRole("button", { name: t("signUp.submit") }).click();
}

/** The newest link to `path` in the one e-mail to `to` with this subject, as the mail catcher got it. */
async function linkFromMail(to: string, subject: string, path: string): Promise<string> {
  const [mail] = await expectMail(to, (caught) => caught.subject === subject);
  const link = new RegExp(`https?://[^\\s/]+${path}\\?token=[a-z0-9]+`).exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`no ${path} link in "${subject}" to ${to}`);
  return link;
}

/**
 * Confirms the address as its owner would: opens the link of the verification e-mail sign-up
 * sent (through the run's real SMTP server) and presses the button on that page. Posting a gig,
 * ordering and writing first in chat wait for this.
 */
async function verifyEmail(page: Page, locale: Locale, email: string): Promise<void> {
  const t = texts(locale, "account");
  const link = await linkFromMail(email, texts(locale, "notifications")("account.verifyEmail.subject"), "/confirm-email");
  await page.goto(link);
  await page.getByRole("button", { name: t("verifyEmail.confirm") }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
}

async function logIn(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  const t = texts(locale, "account");
  await page.goto(`/login?lng=${locale}`);
  await page.getByLabel(t("fields.email")).fill(email);
  await page.getByLabel(t("fields.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t("logIn.submit") }).click();
}

async function logOut(page: Page, locale: Locale): Promise<void> {
  const t = texts(locale, "common");
  // Exact: a page may have other controls whose label contains the word (a bank "account" choice).
  await page.getByLabel(t("account.menuLabel"), { exact: true }).click();
  await page.getByRole("button", { name: t("account.logOut") }).click();
  // Wait for the signed-out header: a /login visit made while the log-out is still in flight
  // would be redirected away as signed in (requireAnonymous) and never show its form.
  await expect(page.getByRole("link", { name: t("account.logIn") }).first()).toBeVisible();
}

export const test = base.extend<{
  newAccount: NewAccount;
  account: { signUp: typeof signUp; verifyEmail: typeof verifyEmail; logIn: typeof logIn; logOut: typeof logOut };
  /** The e-mails the app sent, as the run's SMTP server received them (mail.ts). */
  mail: { caught: typeof caughtMail; expectMail: typeof expectMail; linkFromMail: typeof linkFromMail };
}>({
  // A fresh, unique person per test so tests never depend on each other's data.
  newAccount: async ({}, use) => {
    const id = randomUUID().slice(0, 8);
    await use({ name: `Sana Tariq ${id}`, email: `sana.${id}@example.pk`, password: `kiln-mango-${id}-Rabi` });
  },
  account: async ({}, use) => {
    await use({ signUp, verifyEmail, logIn, logOut });
  },
  mail: async ({}, use) => {
    await use({ caught: caughtMail, expectMail, linkFromMail });
  },
});

export { expect };
