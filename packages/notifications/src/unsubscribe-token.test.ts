import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

const secret = "s".repeat(40);

describe("unsubscribe tokens", () => {
  it("name the user and the one kind they were signed for", () => {
    const token = signUnsubscribeToken(secret, "user_1", "payout.paid");
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId: "user_1", kind: "payout.paid" });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it("refuse a token signed with another secret, or with its payload or signature changed", () => {
    const token = signUnsubscribeToken(secret, "user_1", "payout.paid");
    const [payload = "", signature = ""] = token.split(".");
    expect(verifyUnsubscribeToken("t".repeat(40), token)).toBeNull();
    const otherKind = Buffer.from("user_1\norder.paid").toString("base64url");
    expect(verifyUnsubscribeToken(secret, `${otherKind}.${signature}`)).toBeNull();
    const otherUser = Buffer.from("user_2\npayout.paid").toString("base64url");
    expect(verifyUnsubscribeToken(secret, `${otherUser}.${signature}`)).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(verifyUnsubscribeToken(secret, `${payload}.${flipped}`)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `${payload}.${signature.slice(0, 10)}`)).toBeNull();
  });

  it("refuse malformed input and kinds that are not e-mailed, even correctly signed", () => {
    for (const bad of ["", ".", "abc", "a.b.c", `${"x".repeat(600)}.y`, 42, null, undefined]) {
      expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
    }
    // Forged the way the real code signs, but for a kind that does not exist.
    const payload = Buffer.from("user_1\nno.such.kind").toString("base64url");
    const signature = createHmac("sha256", secret).update(`u1:${payload}`).digest("base64url");
    expect(verifyUnsubscribeToken(secret, `${payload}.${signature}`)).toBeNull();
  });
});
