import { z } from "zod";

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;

/**
 * Handles that would shadow a page, an address people expect to be ours, or pass for staff.
 * Compared after lower-casing; `/u/<handle>` never collides with a route today, but a handle
 * that reads "admin" or "support" on a profile misleads whoever sees it.
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "about",
  "account",
  "accounts",
  "admin",
  "admins",
  "administrator",
  "api",
  "app",
  "assets",
  "auth",
  "billing",
  "blog",
  "c",
  "categories",
  "category",
  "chat",
  "checkout",
  "confirm-email",
  "contact",
  "dashboard",
  "disputes",
  "earnings",
  "edit",
  "faq",
  "forgot-password",
  "gig",
  "gigs",
  "healthz",
  "help",
  "home",
  "hunar",
  "inbox",
  "invoice",
  "jobs",
  "login",
  "logout",
  "mail",
  "me",
  "media",
  "messages",
  "moderator",
  "new",
  "notifications",
  "official",
  "orders",
  "payments",
  "payouts",
  "privacy",
  "profile",
  "profile-media",
  "profiles",
  "proposals",
  "reset-password",
  "restore-email",
  "root",
  "search",
  "security",
  "settings",
  "signup",
  "staff",
  "static",
  "support",
  "system",
  "team",
  "terms",
  "trpc",
  "u",
  "user",
  "users",
  "verify-email",
  "wallet",
  "www",
]);

const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A handle as typed: trimmed and lower-cased, then 3–30 of a–z, 0–9 and single hyphens between
 * them (no leading, trailing or doubled hyphen), and not reserved. Each refusal has its own key.
 */
export const ZHandle = z
  .string({ error: "errors:required" })
  .max(200, { error: "profiles:errors.handleLength" })
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: "errors:required" })
      .refine((value) => !RESERVED_HANDLES.has(value), { error: "profiles:errors.handleReserved" })
      .min(HANDLE_MIN, { error: "profiles:errors.handleLength" })
      .max(HANDLE_MAX, { error: "profiles:errors.handleLength" })
      .regex(HANDLE_PATTERN, { error: "profiles:errors.handleCharacters" }),
  );

/** Whether a stored or typed value could be a handle at all (cheap check before a lookup). */
export function looksLikeHandle(value: string): boolean {
  // Older handles may hold a dot (demo accounts made before the rules); lookups still find them.
  return value.length > 0 && value.length <= 64 && /^[a-z0-9][a-z0-9.-]*$/.test(value);
}
