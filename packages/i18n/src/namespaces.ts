/**
 * Namespaces: `common` is the app shell, `account` the sign-up, log-in and settings pages,
 * `auth` the auth domain's own texts, `errors` the AppError message keys, `images` gig image
 * uploads (labels and their `images:errors.*` field errors), `gigs` gig listings (form labels,
 * statuses, moderation, `gigs:errors.*` field and state errors), `search` gig search (sort
 * names and the `search:errors.*` errors of /search parameters), `pages` the gig pages of the
 * web app (search, gig page, gig form, my gigs, moderation, seller and category pages),
 * `payments` the payments domain (its `payments:errors.*`, rails, statuses), `wallet` the client's
 * checkout, wallet, funding and invoice pages and the admin funding, fee and revenue pages,
 * `earnings` the freelancer's earnings, payout and statement pages and the admin payout queue,
 * `chat` conversations and messages (domain errors and the inbox pages), `notifications` the
 * texts of notifications and their e-mails, e-mail preferences and the unsubscribe page, `orders`
 * the order's life after payment (the order page, its timeline, `orders:errors.*`), `reviews`
 * reviews of completed orders (the order page's review form, reviews on gig and seller pages,
 * `reviews:errors.*`), `profiles` public profiles and the profile editor (handles, portfolio,
 * certificates, photo, private details, `profiles:errors.*`), `jobs` jobs clients post
 * (`jobs:errors.*`), `proposals` freelancers' proposals on jobs (`proposals:errors.*`), `admin` the admin console's own
 * pages (the audit log), `disputes` disputes (the dispute pages, the admin queue, `disputes:errors.*`).
 */
export const NAMESPACES = [
  "common",
  "account",
  "auth",
  "errors",
  "images",
  "gigs",
  "search",
  "pages",
  "payments",
  "wallet",
  "earnings",
  "chat",
  "notifications",
  "orders",
  "reviews",
  "profiles",
  "jobs",
  "proposals",
  "admin",
  "disputes",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = "common";

/** A nested tree of translated strings, as stored in the locale files. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type LocaleResources = Record<Namespace, MessageTree>;
