import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { cookiePair, formPost, get, ORIGIN, settle, testContext } from "#app/test/action-context.ts";
import { loader as rootLoader } from "../root.tsx";
import { action as accountAction } from "./account.tsx";
import { action as forgotAction } from "./forgot-password.tsx";
import { action as logInAction } from "./login.tsx";
import { action as startConversationAction } from "./messages-start.tsx";
import { action as resetAction, loader as resetLoader } from "./reset-password.tsx";
import { action as restoreAction, loader as restoreLoader } from "./restore-email.tsx";
import { action as signUpAction } from "./signup.tsx";
import { action as resendAction, loader as pendingLoader } from "./verify-email-pending.tsx";
import { action as verifyAction, loader as verifyLoader } from "./confirm-email.tsx";

type Context = ReturnType<typeof testContext>["context"];
type Args = { request: Request; context: Context; params: Record<string, string> };
// Route modules type their args with generated route types; at run time an action is a function of these.
const run = (fn: unknown, request: Request, context: Context, params: Record<string, string> = {}) =>
  settle(() => (fn as (args: Args) => unknown)({ request, context, params }));

const PASSWORD = "chai-at-Lahore-4pm";
const NEW_PASSWORD = "karahi-in-Peshawar-9pm";

describe.each(testDbKinds())("recovering and verifying accounts through the pages on %s", (kind) => {
  const t = useTestDb(kind);

  async function signUp(email: string, locale = "en") {
    const test = testContext(t.db);
    const fields = { name: "Ayesha Khan", email, password: PASSWORD, intent: "BOTH", locale };
    const result = await run(signUpAction, formPost("/signup", fields), test.context);
    expect(result.status).toBe(302);
    await test.mail.idle();
    return { ...test, cookie: cookiePair(result.cookies, SESSION_COOKIE) };
  }

  it("forgot password: one answer for every address, a link only to the account, refused from another site", async () => {
    const { cookie: _signedIn } = await signUp("sana.reset@example.pk");
    const { context, mail } = testContext(t.db);
    const known = await run(forgotAction, formPost("/forgot-password", { email: "Sana.Reset@example.pk" }), context);
    const unknown = await run(forgotAction, formPost("/forgot-password", { email: "nobody@example.pk" }), context);
    expect(known).toMatchObject({ status: 200, body: { sentTo: "Sana.Reset@example.pk" } });
    expect(unknown).toMatchObject({ status: 200, body: { sentTo: "nobody@example.pk" } });
    await mail.idle();
    expect(mail.sent.map((email) => email.to)).toEqual(["sana.reset@example.pk"]);
    expect(mail.sent[0]!.text).toContain(`${ORIGIN}/reset-password?token=`);

    const bad = await run(forgotAction, formPost("/forgot-password", { email: "not an email" }), context);
    expect(bad).toMatchObject({ status: 400, body: { errors: { fields: { email: { key: "errors:emailInvalid" } } } } });
    const foreign = await run(
      forgotAction,
      formPost("/forgot-password", { email: "sana.reset@example.pk" }, { origin: "https://evil.example" }),
      context,
    );
    expect(foreign.status).toBe(403);
    const json = new Request(`${ORIGIN}/forgot-password`, {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ email: "sana.reset@example.pk" }),
    });
    expect((await run(forgotAction, json, context)).status).toBe(415);
    await mail.idle();
    expect(mail.sent).toHaveLength(1);
  });

  it("forgot password is limited per address, with the localised wait", async () => {
    const { context } = testContext(t.db);
    for (let i = 0; i < 5; i++) await run(forgotAction, formPost("/forgot-password", { email: "flood@example.pk" }), context);
    const refused = await run(forgotAction, formPost("/forgot-password", { email: "flood@example.pk" }), context);
    expect(refused).toMatchObject({ status: 429, body: { errors: { form: { key: "errors:rateLimited", params: { minutes: 60 } } } } });
  });

  it("reset link: shows the form, sets the password once, logs every device out and sends the person to log in", async () => {
    const { cookie } = await signUp("bilal.reset@example.pk");
    const { context, mail, realtime } = testContext(t.db);
    await run(forgotAction, formPost("/forgot-password", { email: "bilal.reset@example.pk" }), context);
    await mail.idle();
    const token = mail.tokenSentTo("bilal.reset@example.pk", "/reset-password");

    expect(await run(resetLoader, get(`/reset-password?token=${token}`), context)).toMatchObject({
      status: 200,
      body: { email: "bilal.reset@example.pk" },
    });
    expect((await run(resetLoader, get("/reset-password?token=nope"), context)).status).toBe(404);

    const weak = await run(resetAction, formPost(`/reset-password?token=${token}`, { newPassword: "password123" }), context);
    expect(weak).toMatchObject({ status: 400, body: { errors: { fields: { newPassword: { key: "errors:passwordCommon" } } } } });

    // The page's form sends the token as a field as well as in its action URL.
    const done = await run(resetAction, formPost("/reset-password", { token, newPassword: NEW_PASSWORD }), context);
    expect(done).toMatchObject({ status: 302, location: "/login?reset=done" });
    expect(realtime.disconnectUser).toHaveBeenCalledTimes(1);
    expect((await run(rootLoader, get("/", cookie), context)).body).toMatchObject({ user: null });

    const again = await run(resetAction, formPost(`/reset-password?token=${token}`, { newPassword: "yet-another-Swat-6" }), context);
    expect(again).toMatchObject({ status: 404, body: { invalid: true } });
    const login = await run(logInAction, formPost("/login", { email: "bilal.reset@example.pk", password: NEW_PASSWORD }), context);
    expect(login.status).toBe(302);
  });

  it("verification: the banner until the link is used, a refused first contact that points at it, then allowed", async () => {
    const { cookie, mail, context } = await signUp("hina.verify@example.pk", "ur");
    const before = await run(rootLoader, get("/", cookie), context);
    expect(before.body).toMatchObject({ user: { unverifiedEmail: "hina.verify@example.pk" } });

    const seller = await createTestUser(t.db, "Verified Seller");
    const refused = await run(startConversationAction, formPost("/messages/start", { otherUserId: seller.userId }, { cookie }), context);
    expect(refused).toMatchObject({ status: 403, body: { errors: { form: { key: "errors:emailNotVerified" } } } });

    expect(await run(pendingLoader, get("/verify-email", cookie), context)).toMatchObject({
      body: { email: "hina.verify@example.pk", verified: false },
    });
    const resent = await run(resendAction, formPost("/verify-email", {}, { cookie }), context);
    expect(resent.body).toMatchObject({ sentTo: "hina.verify@example.pk" });
    await mail.idle();
    expect(mail.sent.filter((email) => email.to === "hina.verify@example.pk")).toHaveLength(2);

    // Opened in another browser, signed out: the link alone is enough, and grants no session.
    const token = mail.tokenSentTo("hina.verify@example.pk", "/confirm-email");
    const visitor = testContext(t.db).context;
    expect(await run(verifyLoader, get(`/confirm-email?token=${token}`), visitor)).toMatchObject({
      status: 200,
      body: { state: { status: "usable", purpose: "VERIFY_EMAIL", email: "hina.verify@example.pk" } },
    });
    const verified = await run(verifyAction, formPost(`/confirm-email?token=${token}`, {}), visitor);
    expect(verified).toMatchObject({ status: 200, cookies: [], body: { result: { status: "verified" } } });
    expect((await run(verifyLoader, get(`/confirm-email?token=${token}`), visitor)).body).toMatchObject({
      state: { status: "alreadyVerified" },
    });
    expect((await run(verifyLoader, get("/confirm-email?token=forged"), visitor)).status).toBe(404);
    expect((await run(verifyAction, formPost("/confirm-email?token=forged", {}), visitor)).body).toMatchObject({
      errors: { form: { key: "errors:verifyLinkInvalid" } },
    });

    expect((await run(rootLoader, get("/", cookie), context)).body).toMatchObject({ user: { unverifiedEmail: null } });
    const allowed = await run(startConversationAction, formPost("/messages/start", { otherUserId: seller.userId }, { cookie }), context);
    expect(allowed).toMatchObject({ status: 302, location: expect.stringMatching(/^\/inbox\//) as unknown });
  });

  it("e-mail change from the account page, and the old address taking the account back", async () => {
    const { cookie, mail, context, realtime } = await signUp("omar.old@example.pk");
    const wrong = await run(
      accountAction,
      formPost("/account", { _action: "email", newEmail: "omar.new@example.pk", currentPassword: "wrong-password-1" }, { cookie }),
      context,
    );
    expect(wrong).toMatchObject({
      status: 400,
      body: { form: "email", errors: { fields: { currentPassword: { key: "errors:currentPasswordWrong" } } } },
    });
    const asked = await run(
      accountAction,
      formPost("/account", { _action: "email", newEmail: "omar.new@example.pk", currentPassword: PASSWORD }, { cookie }),
      context,
    );
    expect(asked.body).toMatchObject({ form: "email", done: true, sentTo: "omar.new@example.pk" });
    await mail.idle();
    const confirm = mail.tokenSentTo("omar.new@example.pk", "/confirm-email");
    const changed = await run(verifyAction, formPost(`/confirm-email?token=${confirm}`, {}, { cookie }), context);
    expect(changed.body).toMatchObject({ result: { status: "changed", email: "omar.new@example.pk" } });

    await mail.idle();
    const restore = mail.tokenSentTo("omar.old@example.pk", "/restore-email");
    expect(await run(restoreLoader, get(`/restore-email?token=${restore}`), context)).toMatchObject({
      body: { email: "omar.old@example.pk" },
    });
    const restored = await run(restoreAction, formPost(`/restore-email?token=${restore}`, {}, { cookie }), context);
    expect(restored.status).toBe(302);
    expect(restored.location).toMatch(/^\/reset-password\?token=[a-z2-7]{52}$/);
    expect(restored.cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(realtime.disconnectUser).toHaveBeenCalledTimes(1);
    expect((await run(rootLoader, get("/", cookie), context)).body).toMatchObject({ user: null });
    expect((await run(resetLoader, get(restored.location!), context)).body).toMatchObject({
      email: "omar.old@example.pk",
    });
    expect((await run(restoreLoader, get(`/restore-email?token=${restore}`), context)).status).toBe(404);
  });
});
