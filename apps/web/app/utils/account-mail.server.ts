import type { AccountMailDeps, AuthDeps, AuthMailDeps } from "@hunar/auth/deps";
import type { HunarLoadContext } from "#app/load-context.ts";

/** What auth functions need from a page's context (limits, hashing). */
export function authDeps(context: HunarLoadContext): AuthDeps {
  return { db: context.db, limiter: context.limiter, ...(context.passwordHashing ? { passwordHashing: context.passwordHashing } : {}) };
}

/**
 * Account e-mails from a page: the process's one account mail (the server's), with links on the
 * site's own origin, the first of the allowed origins the server configured (PUBLIC_ORIGIN, or
 * this machine's address): never the request's Host header, which anyone can set to their site.
 */
export function accountMailDeps(context: HunarLoadContext): AccountMailDeps {
  return { mail: context.accountMail, siteOrigin: context.allowedOrigins[0] ?? "http://localhost:3000" };
}

export function authMailDeps(context: HunarLoadContext): AuthMailDeps {
  return { ...authDeps(context), ...accountMailDeps(context) };
}
