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

async function logIn(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  const t = texts(locale, "account");
  await page.goto(`/login?lng=${locale}`);
  await page.getByLabel(t("fields.email")).fill(email);
  await page.getByLabel(t("fields.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t("logIn.submit") }).click();
}

async function logOut(page: Page, locale: Locale): Promise<void> {
  const t = texts(locale, "common");
  await page.getByLabel(t("account.menuLabel")).click();
  await page.getByRole("button", { name: t("account.logOut") }).click();
}

export const test = base.extend<{
  newAccount: NewAccount;
  account: { signUp: typeof signUp; logIn: typeof logIn; logOut: typeof logOut };
  /** The e-mails the app sent, as the run's SMTP server received them (mail.ts). */
  mail: { caught: typeof caughtMail; expectMail: typeof expectMail };
}>({
  // A fresh, unique person per test so tests never depend on each other's data.
  newAccount: async ({}, use) => {
    const id = randomUUID().slice(0, 8);
    await use({ name: `Sana Tariq ${id}`, email: `sana.${id}@example.pk`, password: `kiln-mango-${id}-Rabi` });
  },
  account: async ({}, use) => {
    await use({ signUp, logIn, logOut });
  },
  mail: async ({}, use) => {
    await use({ caught: caughtMail, expectMail });
  },
});

export { expect };
