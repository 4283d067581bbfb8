import type { SessionUser } from "@hunar/auth/session";
import { sessionFromCookie } from "@hunar/auth/session-cookie";
import type { Db } from "@hunar/db/client";
import { LOCALE_COOKIE, type Locale } from "@hunar/i18n/config";
import { negotiateLocale } from "@hunar/i18n/negotiate";
import { readCookie } from "@hunar/auth/cookie";
import type { Request, Response } from "express";

/**
 * The signed-in user of a plain Express route (outside React Router), from the same session
 * cookie; a session in its second half is slid forward and its cookie sent again, a dead token's
 * cookie is blanked.
 */
export async function sessionUserOf(db: Db, req: Request, res: Response): Promise<SessionUser | null> {
  const { user, setCookie } = await sessionFromCookie(db, req.headers.cookie);
  if (setCookie) res.append("Set-Cookie", setCookie);
  return user;
}

/** The language for a JSON answer: the `lng` cookie, the user's setting, Accept-Language, Urdu. */
export function localeOf(req: Request, user: SessionUser | null): Locale {
  return negotiateLocale({
    cookie: readCookie(req.headers.cookie, LOCALE_COOKIE),
    userSetting: user?.preferredLocale,
    acceptLanguage: req.headers["accept-language"],
  });
}
