/**
 * Namespaces: `common` is the app shell, `account` the sign-up, log-in and settings pages,
 * `auth` the auth domain's own texts, `errors` the AppError message keys, `images` gig image
 * uploads (labels and their `images:errors.*` field errors), `gigs` gig listings (form labels,
 * statuses, moderation, `gigs:errors.*` field and state errors), `search` gig search (sort
 * names and the `search:errors.*` errors of /search parameters), `pages` the gig pages of the
 * web app (search, gig page, gig form, my gigs, moderation, seller and category pages).
 */
export const NAMESPACES = ["common", "account", "auth", "errors", "images", "gigs", "search", "pages"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** A nested tree of translated strings, as stored in the locale files. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type LocaleResources = Record<Namespace, MessageTree>;
