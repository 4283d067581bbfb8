import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { EMAIL_KINDS } from "./kinds.ts";
import { getEmailPreferences, updateEmailPreferences, wantsEmail } from "./preferences.ts";
import { createRecipient, type TestRecipient } from "./testing/notification-fixtures.ts";
import { readUnsubscribeLink, unsubscribe, unsubscribeUrl } from "./unsubscribe.ts";
import { signUnsubscribeToken } from "./unsubscribe-token.ts";

const secret = "preferences-test-secret-0123456789abcdef";
const tokenIn = (url: string) => new URL(url).pathname.split("/").pop() ?? "";

describe.each(testDbKinds())("e-mail preferences on %s", (kind) => {
  const t = useTestDb(kind);
  let ayesha: TestRecipient;
  let bilal: TestRecipient;
  const emailOn = async (userId: string) =>
    Object.fromEntries((await getEmailPreferences(t.db, userId)).map((preference) => [preference.kind, preference.email]));

  beforeAll(async () => {
    ayesha = await createRecipient(t.db, "Ayesha Khan", "ur");
    bilal = await createRecipient(t.db, "Bilal Ahmed", "en");
  });

  it("are on for every e-mailable kind until changed", async () => {
    const preferences = await getEmailPreferences(t.db, ayesha.userId);
    expect(preferences.map((p) => p.kind)).toEqual(EMAIL_KINDS);
    expect(preferences.every((p) => p.email)).toBe(true);
    expect(preferences[0]?.label).toBe("notifications:kinds.order.paid.label");
  });

  it("are saved from the form's checked boxes: listed kinds on, the rest off", async () => {
    const saved = await updateEmailPreferences(t.db, bilal.userId, { enabled: ["order.paid", "payout.paid"] });
    expect(saved.filter((p) => p.email).map((p) => p.kind)).toEqual(["order.paid", "payout.paid"]);
    expect(await wantsEmail(t.db, bilal.userId, "payout.rejected")).toBe(false);
    await updateEmailPreferences(t.db, bilal.userId, { enabled: EMAIL_KINDS });
    expect(Object.values(await emailOn(bilal.userId)).every(Boolean)).toBe(true);
    await expect(updateEmailPreferences(t.db, bilal.userId, { enabled: ["no.such.kind"] })).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "notifications:errors.kindInvalid",
    });
    await expect(updateEmailPreferences(t.db, bilal.userId, { enabled: "order.paid" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("an unsubscribe link turns off exactly its kind for exactly its user, without logging in", async () => {
    const url = unsubscribeUrl("https://hunar.pk", ayesha.userId, "payout.paid", secret);
    expect(url).toMatch(/^https:\/\/hunar\.pk\/notifications\/unsubscribe\/[\w-]+\.[\w-]+$/);
    expect(await readUnsubscribeLink(t.db, tokenIn(url), secret)).toEqual({
      kind: "payout.paid",
      label: "notifications:kinds.payout.paid.label",
      email: true,
    });
    expect(await unsubscribe(t.db, tokenIn(url), secret)).toMatchObject({ kind: "payout.paid", email: false });
    const after = await emailOn(ayesha.userId);
    expect(after).toEqual({ ...Object.fromEntries(EMAIL_KINDS.map((k) => [k, true])), "payout.paid": false });
    expect(Object.values(await emailOn(bilal.userId)).every(Boolean)).toBe(true);
    // Following the link again is harmless.
    expect(await unsubscribe(t.db, tokenIn(url), secret)).toMatchObject({ email: false });
  });

  it("a forged, altered or foreign-secret token changes nothing", async () => {
    const genuine = signUnsubscribeToken(secret, bilal.userId, "order.paid");
    const [payload = "", signature = ""] = genuine.split(".");
    const forged = [
      `${Buffer.from(`${bilal.userId}\norder.cancelled`).toString("base64url")}.${signature}`,
      `${payload}.${signature.slice(1)}A`,
      signUnsubscribeToken("another-secret-entirely-0123456789abcdef", bilal.userId, "order.paid"),
      signUnsubscribeToken(secret, "no-such-user", "order.paid"),
      "not-a-token",
    ];
    for (const token of forged) {
      expect(await readUnsubscribeLink(t.db, token, secret)).toBeNull();
      expect(await unsubscribe(t.db, token, secret)).toBeNull();
    }
    expect(Object.values(await emailOn(bilal.userId)).every(Boolean)).toBe(true);
  });
});
