import type { Session, SessionUser } from "@hunar/auth/session";
import { sessionFromCookie } from "@hunar/auth/session-cookie";
import { data, redirect } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { safeRedirectPath } from "./redirect.ts";

export interface CurrentSession {
  user: SessionUser | null;
  session: Session | null;
  /** Set-Cookie to send back: a renewed (or renamed) session cookie, or a blank one for a dead token. */
  setCookie: string | null;
}

// Loaders of one request run in parallel and share the Request object; looking the session up
// once per request saves a query per nested route.
const perRequest = new WeakMap<Request, Promise<CurrentSession>>();

export function getCurrentSession(request: Request, context: HunarLoadContext): Promise<CurrentSession> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = lookUpSession(request, context);
    perRequest.set(request, pending);
  }
  return pending;
}

function lookUpSession(request: Request, context: HunarLoadContext): Promise<CurrentSession> {
  return sessionFromCookie(context.db, request.headers.get("Cookie"));
}

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request, context: HunarLoadContext): Promise<{ user: SessionUser; session: Session }> {
  const { user, session } = await getCurrentSession(request, context);
  if (user && session) return { user, session };
  const url = new URL(request.url);
  const back = safeRedirectPath(`${url.pathname}${url.search}`);
  throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
}

/** Pages for signed-out visitors (log in, sign up) send signed-in users home. */
export async function requireAnonymous(request: Request, context: HunarLoadContext): Promise<void> {
  const { user } = await getCurrentSession(request, context);
  if (user) throw redirect("/");
}

/** An admin, or a redirect to log in (signed out) or a 403 page (signed in without the right). */
export async function requireAdmin(request: Request, context: HunarLoadContext): Promise<{ user: SessionUser; session: Session }> {
  const signedIn = await requireUser(request, context);
  if (!signedIn.user.isAdmin) throw data({ messageKey: "errors:forbidden" }, { status: 403 });
  return signedIn;
}
