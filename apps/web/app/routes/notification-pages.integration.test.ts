import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { EMAIL_KINDS } from "@hunar/notifications/kinds";
import { getEmailPreferences } from "@hunar/notifications/preferences";
import { createRecipient } from "@hunar/notifications/testing/notification-fixtures";
import { unsubscribeUrl } from "@hunar/notifications/unsubscribe";
import { signUnsubscribeToken } from "@hunar/notifications/unsubscribe-token";
import { beforeEach, describe, expect, it } from "vitest";
import { formPost, get, ORIGIN, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as preferencesAction, loader as preferencesLoader } from "./account-notifications.tsx";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "./notification-unsubscribe.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** A POST as a mail provider's one-click button sends it (RFC 8058): no Origin, no cookie. */
const oneClick = (path: string) =>
  new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });

describe.each(testDbKinds())("notification e-mail pages on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  let userId: string;
  const emailOn = async (id = userId) => Object.fromEntries((await getEmailPreferences(t.db, id)).map((p) => [p.kind, p.email]));
  const allOn = () => Object.fromEntries(EMAIL_KINDS.map((k) => [k, true]));
  const linkFor = (kindName: (typeof EMAIL_KINDS)[number], id = userId) => {
    const path = new URL(unsubscribeUrl(ORIGIN, id, kindName)).pathname;
    return { path, token: path.split("/").pop() ?? "" };
  };

  beforeEach(async () => {
    context = testContext(t.db).context;
    userId = (await createRecipient(t.db, "Ayesha Khan", "ur")).userId;
  });

  it("the unsubscribe link's page names the kind and changes nothing until its form is posted", async () => {
    const { path, token } = linkFor("payout.paid");
    const page = await run(unsubscribeLoader, get(path), context, { token });
    expect(page).toMatchObject({
      status: 200,
      body: { target: { kind: "payout.paid", label: "notifications:kinds.payout.paid.label", email: true } },
    });
    expect(await emailOn()).toEqual(allOn());

    const posted = await run(unsubscribeAction, formPost(path, {}), context, { token });
    expect(posted).toMatchObject({ status: 200, body: { done: true } });
    expect(await emailOn()).toEqual({ ...allOn(), "payout.paid": false });
    const after = await run(unsubscribeLoader, get(path), context, { token });
    expect(after.body).toMatchObject({ target: { email: false } });
  });

  it("accepts a mail provider's one-click POST, which has no Origin, and refuses one from another site", async () => {
    const foreign = linkFor("order.paid");
    const refused = await run(unsubscribeAction, formPost(foreign.path, {}, { origin: "https://evil.example" }), context, {
      token: foreign.token,
    });
    expect(refused.status).toBe(403);
    expect(await emailOn()).toEqual(allOn());

    const clicked = await run(unsubscribeAction, oneClick(foreign.path), context, { token: foreign.token });
    expect(clicked).toMatchObject({ status: 200, body: { done: true } });
    expect(await emailOn()).toEqual({ ...allOn(), "order.paid": false });
  });

  it("accepts the page's own form, which a browser posts with Origin: null under its no-referrer policy", async () => {
    const own = linkFor("order.delivered");
    const posted = await run(unsubscribeAction, formPost(own.path, {}, { origin: "null" }), context, { token: own.token });
    expect(posted).toMatchObject({ status: 200, body: { done: true } });
    expect(await emailOn()).toEqual({ ...allOn(), "order.delivered": false });
  });

  it("answers a forged or altered token with 404 and changes nothing", async () => {
    const genuine = linkFor("payout.rejected").token;
    const [payload = "", signature = ""] = genuine.split(".");
    const forged = [
      signUnsubscribeToken("somebody-elses-secret-0123456789abcdef", userId, "payout.rejected"),
      `${Buffer.from(`${userId}\norder.paid`).toString("base64url")}.${signature}`,
      `${payload}.${signature.slice(2)}`,
      "nonsense",
    ];
    for (const token of forged) {
      const path = `/notifications/unsubscribe/${token}`;
      expect(await run(unsubscribeLoader, get(path), context, { token })).toMatchObject({ status: 404, body: { target: null } });
      expect(await run(unsubscribeAction, formPost(path, {}), context, { token })).toMatchObject({ status: 404, body: { done: false } });
    }
    expect(await emailOn()).toEqual(allOn());
  });

  it("the preferences page lists every e-mail kind for the signed-in user and saves the checked ones", async () => {
    const cookie = await sessionCookie(t.db, userId);
    expect(await run(preferencesLoader, get("/account/notifications"), context)).toMatchObject({ status: 302 });
    const page = await run(preferencesLoader, get("/account/notifications", cookie), context);
    expect((page.body as { preferences: { kind: string; email: boolean }[] }).preferences.map((p) => [p.kind, p.email])).toEqual(
      EMAIL_KINDS.map((k) => [k, true]),
    );

    const body = new URLSearchParams([
      ["intent", "savePreferences"],
      ["enabled", "order.paid"],
      ["enabled", "payout.paid"],
    ]);
    const save = new Request(`${ORIGIN}/account/notifications`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie }, body });
    expect(await run(preferencesAction, save, context)).toMatchObject({ status: 200, body: { done: true } });
    expect(await emailOn()).toEqual(Object.fromEntries(EMAIL_KINDS.map((k) => [k, k === "order.paid" || k === "payout.paid"])));

    const bad = await run(
      preferencesAction,
      formPost("/account/notifications", { intent: "savePreferences", enabled: "no.such.kind" }, { cookie }),
      context,
    );
    expect(bad).toMatchObject({ status: 400, body: { errors: { form: { key: "notifications:errors.kindInvalid" } } } });
    // A post that is not this page's form (nothing ticked, nothing said) switches nothing off.
    const stray = await run(preferencesAction, formPost("/account/notifications", { note: "hello" }, { cookie }), context);
    expect(stray).toMatchObject({ status: 400, body: { errors: { form: { key: "errors:badInput" } } } });
    const foreign = await run(
      preferencesAction,
      formPost("/account/notifications", {}, { cookie, origin: "https://evil.example" }),
      context,
    );
    expect(foreign.status).toBe(403);
    expect((await emailOn())["order.paid"]).toBe(true);
  });
});
