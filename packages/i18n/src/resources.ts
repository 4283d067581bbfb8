import enAccount from "../locales/en/account.json" with { type: "json" };
import enAuth from "../locales/en/auth.json" with { type: "json" };
import enCommon from "../locales/en/common.json" with { type: "json" };
import enErrors from "../locales/en/errors.json" with { type: "json" };
import urAccount from "../locales/ur/account.json" with { type: "json" };
import urAuth from "../locales/ur/auth.json" with { type: "json" };
import urCommon from "../locales/ur/common.json" with { type: "json" };
import urErrors from "../locales/ur/errors.json" with { type: "json" };
import type { Locale } from "./config.ts";

/**
 * Namespaces: `common` is the app shell, `account` the sign-up, log-in and settings pages,
 * `auth` the auth domain's own texts, `errors` the AppError message keys.
 */
export const NAMESPACES = ["common", "account", "auth", "errors"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** A nested tree of translated strings, as stored in the locale files. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type LocaleResources = Record<Namespace, MessageTree>;

/** Every namespace of both languages. Server side; browsers get only their language's part. */
export const resources: Record<Locale, LocaleResources> = {
  ur: { common: urCommon, account: urAccount, auth: urAuth, errors: urErrors },
  en: { common: enCommon, account: enAccount, auth: enAuth, errors: enErrors },
};

/** The resources one page needs: only the active language, so the other never reaches the browser. */
export function resourcesFor(locale: Locale): LocaleResources {
  return resources[locale];
}
