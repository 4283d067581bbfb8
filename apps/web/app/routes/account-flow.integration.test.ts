import { localeBundleAt } from "@hunar/i18n/locale-bundle";
import { HOST_SESSION_COOKIE, SESSION_COOKIE } from "@hunar/auth/cookie";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { cookiePair, formPost, get, settle, testContext } from "#app/test/action-context.ts";
import { loader as rootLoader } from "../root.tsx";
import { action as accountAction, loader as accountLoader } from "./account.tsx";
import { action as logInAction } from "./login.tsx";
import { action as logOutAction } from "./logout.tsx";
import { action as signUpAction } from "./signup.tsx";

type Args = { request: Request; context: ReturnType<typeof testContext>["context"]; params: Record<string, string> };
// Route modules type their args with generated route types; at run time an action is a function of these.
const run = (fn: unknown, request: Request, context: Args["context"]) =>
  settle(() => (fn as (args: Args) => unknown)({ request, context, params: {} }));

const PASSWORD = "chai-at-Lahore-4pm";

describe.each(testDbKinds())("account pages' actions on %s", (kind) => {
  const t = useTestDb(kind);

  async function signUp(email: string, extra: Record<string, string> = {}) {
    const { context } = testContext(t.db);
    const fields = { name: "Ayesha Khan", email, password: PASSWORD, intent: "WORK", locale: "en", ...extra };
    return run(signUpAction, formPost("/signup", fields), context);
  }

  it("signs up: creates the account, signs it in and switches to the chosen language", async () => {
    const result = await signUp("ayesha@example.pk", { locale: "ur", redirectTo: "/account" });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/account");
    expect(result.cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/HttpOnly/);
    expect(cookiePair(result.cookies, "lng")).toBe("lng=ur");
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "ayesha@example.pk" }, include: { sessions: true } });
    expect(user).toMatchObject({ displayName: "Ayesha Khan", intent: "WORK", preferredLocale: "ur" });
    expect(user.sessions).toHaveLength(1);

    const { context } = testContext(t.db);
    const root = await run(rootLoader, get("/", cookiePair(result.cookies, SESSION_COOKIE)), context);
    expect(root.body).toMatchObject({ locale: "ur", user: { displayName: "Ayesha Khan" } });
  });

  it("knows the user by the __Host- session cookie too, its name under https", async () => {
    const signedUp = await signUp("maryam@example.pk");
    const prefixed = cookiePair(signedUp.cookies, SESSION_COOKIE).replace(`${SESSION_COOKIE}=`, `${HOST_SESSION_COOKIE}=`);
    const { context } = testContext(t.db);
    expect((await run(rootLoader, get("/", prefixed), context)).body).toMatchObject({ user: { displayName: "Ayesha Khan" } });
    expect((await run(accountLoader, get("/account", prefixed), context)).status).toBe(200);
  });

  it("refuses bad input and a taken email with field errors, writing nothing", async () => {
    const before = await t.db.user.count();
    const bad = await signUp("not-an-email", { password: "short", intent: "STEAL" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: { fields: { email: { key: "errors:emailInvalid" }, password: { key: "errors:passwordTooShort" } } },
      values: { email: "not-an-email", intent: "STEAL" },
    });
    expect(JSON.stringify(bad.body)).not.toContain("short");

    await signUp("taken@example.pk");
    const taken = await signUp("taken@example.pk");
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ errors: { fields: { email: { key: "errors:emailTaken" } } } });
    expect(await t.db.user.count()).toBe(before + 1);
  });

  it("refuses a mutation without our Origin before doing anything", async () => {
    const { context } = testContext(t.db);
    for (const origin of [null, "https://evil.example"]) {
      const request = formPost(
        "/signup",
        { name: "X", email: `x${origin ? 1 : 2}@example.pk`, password: PASSWORD, intent: "HIRE", locale: "ur" },
        { origin },
      );
      const result = await run(signUpAction, request, context);
      expect(result.status).toBe(403);
    }
    expect(await t.db.user.count({ where: { email: { in: ["x1@example.pk", "x2@example.pk"] } } })).toBe(0);
  });

  it("logs in with a new session each time and refuses a wrong password in the user's words", async () => {
    await signUp("bilal@example.pk");
    const { context } = testContext(t.db);
    const wrong = await run(logInAction, formPost("/login", { email: "bilal@example.pk", password: "wrong-password" }), context);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ errors: { form: { key: "errors:invalidCredentials" } }, values: { email: "bilal@example.pk" } });

    const first = await run(logInAction, formPost("/login", { email: "Bilal@Example.pk", password: PASSWORD }), context);
    const second = await run(
      logInAction,
      formPost("/login", { email: "bilal@example.pk", password: PASSWORD, redirectTo: "//evil.example" }),
      context,
    );
    expect(first.status).toBe(302);
    expect(second.location).toBe("/");
    expect(cookiePair(first.cookies, SESSION_COOKIE)).not.toBe(cookiePair(second.cookies, SESSION_COOKIE));
  });

  it("tells a suspended account's owner why it was suspended and how to appeal, and only with the right password", async () => {
    await signUp("kamran@example.pk");
    const { context } = testContext(t.db);
    await t.db.user.update({
      where: { email: "kamran@example.pk" },
      data: { suspendedAt: new Date(), suspendedReason: "Copied portfolio images." },
    });
    const refused = await run(logInAction, formPost("/login", { email: "kamran@example.pk", password: PASSWORD }), context);
    expect(refused).toMatchObject({
      status: 403,
      body: { errors: { form: { key: "auth:suspension.loginRefused", params: { reason: "Copied portfolio images." } } } },
    });
    const wrong = await run(logInAction, formPost("/login", { email: "kamran@example.pk", password: "wrong-password" }), context);
    expect(wrong.body).toMatchObject({ errors: { form: { key: "errors:invalidCredentials" } } });
  });

  it("logs out (POST only): ends this session, closes its sockets and clears the cookie", async () => {
    const signedUp = await signUp("sana@example.pk");
    const cookie = cookiePair(signedUp.cookies, SESSION_COOKIE);
    const { context, realtime } = testContext(t.db);
    const result = await run(logOutAction, formPost("/logout", {}, { cookie }), context);
    expect(result.status).toBe(302);
    expect(result.cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(realtime.disconnectSession).toHaveBeenCalledTimes(1);
    const root = await run(rootLoader, get("/", cookie), context);
    expect(root.body).toMatchObject({ user: null });
  });

  it("account settings: list sessions, save settings, change password, revoke one, log out everywhere", async () => {
    const signedUp = await signUp("hira@example.pk");
    const cookie = cookiePair(signedUp.cookies, SESSION_COOKIE);
    const { context, realtime } = testContext(t.db);
    const other = await run(logInAction, formPost("/login", { email: "hira@example.pk", password: PASSWORD }), context);
    const third = await run(logInAction, formPost("/login", { email: "hira@example.pk", password: PASSWORD }), context);
    const thirdCookie = cookiePair(third.cookies, SESSION_COOKIE);

    const page = await run(accountLoader, get("/account", cookie), context);
    const sessions = (page.body as { sessions: { id: string; current: boolean }[] }).sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const saved = await run(
      accountAction,
      formPost("/account", { _action: "profile", displayName: "  Hira S. ", preferredLocale: "ur" }, { cookie }),
      context,
    );
    expect(saved.body).toMatchObject({ form: "profile", done: true });
    expect(cookiePair(saved.cookies, "lng")).toBe("lng=ur");
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "hira@example.pk" } })).toMatchObject({
      displayName: "Hira S.",
      preferredLocale: "ur",
    });

    const badPassword = await run(
      accountAction,
      formPost("/account", { _action: "password", currentPassword: "nope-nope-nope", newPassword: "a-new-long-password-7" }, { cookie }),
      context,
    );
    expect(badPassword.status).toBe(400);
    expect(badPassword.body).toMatchObject({
      form: "password",
      errors: { fields: { currentPassword: { key: "errors:currentPasswordWrong" } } },
    });
    expect(await t.db.session.count({ where: { user: { email: "hira@example.pk" } } })).toBe(3);

    // End one of the other sessions from this one; another user's (or a made-up) id is not found.
    const otherId = sessions.find((s) => !s.current)!.id;
    const revoked = await run(accountAction, formPost("/account", { _action: "revoke", sessionId: otherId }, { cookie }), context);
    expect(revoked.body).toMatchObject({ form: "sessions", done: true });
    expect(realtime.disconnectSession).toHaveBeenCalledWith(otherId);
    expect(await t.db.session.count({ where: { id: otherId } })).toBe(0);
    const foreign = await run(accountAction, formPost("/account", { _action: "revoke", sessionId: "not-mine" }, { cookie }), context);
    expect(foreign.status).toBe(404);

    const changed = await run(
      accountAction,
      formPost("/account", { _action: "password", currentPassword: PASSWORD, newPassword: "a-new-long-password-7" }, { cookie }),
      context,
    );
    expect(changed.body).toMatchObject({ form: "password", done: true });
    // Every session ended, this one too, and their sockets were told to close; this browser
    // carries on in a new session, so a copy of its old cookie is worth nothing.
    expect(realtime.disconnectSession).toHaveBeenCalledTimes(3);
    const renewed = cookiePair(changed.cookies, SESSION_COOKIE);
    expect(renewed).toMatch(new RegExp(`^${SESSION_COOKIE}=.+`));
    expect(renewed).not.toBe(cookie);
    expect(await t.db.session.count({ where: { user: { email: "hira@example.pk" } } })).toBe(1);
    expect((await run(rootLoader, get("/", cookie), context)).body).toMatchObject({ user: null });
    expect((await run(rootLoader, get("/", renewed), context)).body).toMatchObject({ user: { displayName: "Hira S." } });
    expect((await run(rootLoader, get("/", cookiePair(other.cookies, SESSION_COOKIE)), context)).body).toMatchObject({ user: null });
    expect((await run(rootLoader, get("/", thirdCookie), context)).body).toMatchObject({ user: null });

    const everywhere = await run(accountAction, formPost("/account", { _action: "logoutEverywhere" }, { cookie: renewed }), context);
    expect(everywhere.status).toBe(302);
    expect(realtime.disconnectUser).toHaveBeenCalledTimes(1);
    expect(await t.db.session.count({ where: { user: { email: "hira@example.pk" } } })).toBe(0);
  });

  it("sends signed-out visitors of /account to log in and back", async () => {
    const { context } = testContext(t.db);
    const result = await run(accountLoader, get("/account"), context);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/login?redirectTo=%2Faccount");
  });
});

describe("root loader language", () => {
  it("remembers ?lng= in a cookie, and otherwise follows the cookie, then Accept-Language", async () => {
    const { context } = testContext(null as never);
    const chosen = await run(rootLoader, get("/?lng=en"), context);
    expect(chosen.body).toMatchObject({ locale: "en", user: null });
    expect(cookiePair(chosen.cookies, "lng")).toBe("lng=en");
    // The strings are not in the loader data: the page names the English file, which holds them.
    const { stringsHref } = chosen.body as { stringsHref: string };
    expect(stringsHref).toMatch(/^\/locales\/en\.[0-9a-f]{12}\.json$/);
    expect(JSON.parse(localeBundleAt(stringsHref)?.json ?? "{}")).toMatchObject({ common: { appName: "Hunar" } });

    const remembered = await run(rootLoader, get("/", "lng=en", { "Accept-Language": "ur" }), context);
    expect(remembered.body).toMatchObject({ locale: "en" });
    expect(remembered.cookies).toEqual([]);

    const browser = await run(rootLoader, get("/", undefined, { "Accept-Language": "en-GB,en;q=0.9" }), context);
    expect(browser.body).toMatchObject({ locale: "en" });
    expect((await run(rootLoader, get("/"), context)).body).toMatchObject({ locale: "ur" });
  });
});
