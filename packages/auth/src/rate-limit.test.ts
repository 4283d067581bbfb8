import { AppError } from "@hunar/core/app-error";
import { afterAll, describe, expect, it } from "vitest";
import type { AuthLimiter, AuthLimits } from "./rate-limit.ts";
import { limiterBackends } from "./testing/limiter-backends.ts";

const small: AuthLimits = {
  logInAttemptsPerIp: { points: 50, durationSeconds: 900, blockSeconds: 900 },
  logInFailuresPerAccountIp: { points: 3, durationSeconds: 3600, blockSeconds: 900 },
  logInFailuresPerAccount: { points: 8, durationSeconds: 3600, blockSeconds: 120 },
  signUpAttemptsPerIp: { points: 3, durationSeconds: 3600, blockSeconds: 3600 },
  signUpAttemptsPerEmail: { points: 2, durationSeconds: 3600, blockSeconds: 900 },
  accountEmailsPerIp: { points: 6, durationSeconds: 3600, blockSeconds: 1800 },
  passwordResetsPerEmail: { points: 2, durationSeconds: 3600, blockSeconds: 3600 },
  accountEmailsPerUser: { points: 2, durationSeconds: 3600, blockSeconds: 3600 },
};

async function refusal(attempt: Promise<void>): Promise<AppError | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

const victim = "victim@example.pk";

for (const backend of limiterBackends()) {
  describe(`auth rate limits (${backend.name})`, () => {
    afterAll(() => backend.close());
    const limiter = (limits: Partial<AuthLimits> = {}): AuthLimiter => backend.create({ limits: { ...small, ...limits } });

    it("locks one address out of one account, says for how long, and leaves the owner alone", async () => {
      const l = limiter();
      for (let i = 0; i < 3; i++) await l.beforeLogIn(victim, "198.51.100.1");
      const refused = await refusal(l.beforeLogIn(victim, "198.51.100.1"));
      expect(refused?.code).toBe("RATE_LIMITED");
      expect(refused?.messageKey).toBe("errors:rateLimited");
      expect(refused?.params).toEqual({ minutes: 15 });
      expect(await refusal(l.beforeLogIn(victim, "203.0.113.9"))).toBeNull();
    });

    it("does not let refused attempts from one address push the whole account into a block", async () => {
      const l = limiter();
      for (let i = 0; i < 20; i++) await refusal(l.beforeLogIn(victim, "198.51.100.1"));
      expect(await refusal(l.beforeLogIn(victim, "203.0.113.9"))).toBeNull();
    });

    it("caps failures across many addresses with a short block", async () => {
      const l = limiter();
      for (let i = 0; i < 8; i++) await l.beforeLogIn(victim, `198.51.100.${i + 10}`);
      const refused = await refusal(l.beforeLogIn(victim, "203.0.113.9"));
      expect(refused?.code).toBe("RATE_LIMITED");
      expect(refused?.params).toEqual({ minutes: 2 });
      expect(await refusal(l.beforeLogIn("someone-else@example.pk", "203.0.113.9"))).toBeNull();
    });

    it("forgets an account's failures after a successful login", async () => {
      const l = limiter();
      await l.beforeLogIn(victim, "198.51.100.1");
      await l.beforeLogIn(victim, "198.51.100.1");
      await l.logInSucceeded(victim, "198.51.100.1");
      for (let i = 0; i < 3; i++) await l.beforeLogIn(victim, "198.51.100.1");
      expect((await refusal(l.beforeLogIn(victim, "198.51.100.1")))?.code).toBe("RATE_LIMITED");
    });

    it("stops one address spraying many accounts", async () => {
      const l = limiter({ logInAttemptsPerIp: { points: 4, durationSeconds: 900, blockSeconds: 600 } });
      for (let i = 0; i < 4; i++) await l.beforeLogIn(`user${i}@example.pk`, "198.51.100.1");
      const refused = await refusal(l.beforeLogIn("user9@example.pk", "198.51.100.1"));
      expect(refused?.params).toEqual({ minutes: 10 });
    });

    it("counts IPv6 clients by their /64", async () => {
      const l = limiter({ logInAttemptsPerIp: { points: 2, durationSeconds: 900, blockSeconds: 600 } });
      await l.beforeLogIn("a@example.pk", "2400:adc0:1:2::1");
      await l.beforeLogIn("b@example.pk", "2400:adc0:1:2::2");
      expect((await refusal(l.beforeLogIn("c@example.pk", "2400:adc0:1:2:ffff::3")))?.code).toBe("RATE_LIMITED");
    });

    it("limits signups per address and per email", async () => {
      const l = limiter();
      await l.beforeSignUp("one@example.pk", "198.51.100.1");
      await l.beforeSignUp("one@example.pk", "198.51.100.2");
      expect((await refusal(l.beforeSignUp("one@example.pk", "198.51.100.3")))?.params).toEqual({ minutes: 15 });
      await l.beforeSignUp("two@example.pk", "198.51.100.1");
      await l.beforeSignUp("three@example.pk", "198.51.100.1");
      expect((await refusal(l.beforeSignUp("four@example.pk", "198.51.100.1")))?.params).toEqual({ minutes: 60 });
    });

    it("limits reset links per address, whoever asks, and account e-mails per account, with one per-IP cap over both", async () => {
      const l = limiter();
      await l.beforePasswordReset("one@example.pk", "198.51.100.1");
      await l.beforePasswordReset("one@example.pk", "198.51.100.2");
      expect((await refusal(l.beforePasswordReset("one@example.pk", "198.51.100.3")))?.params).toEqual({ minutes: 60 });
      await l.beforeAccountEmail("user-1", "198.51.100.1");
      await l.beforeAccountEmail("user-1", "198.51.100.1");
      expect((await refusal(l.beforeAccountEmail("user-1", "198.51.100.1")))?.code).toBe("RATE_LIMITED");
      // 198.51.100.1 has asked four times (the refused one counts); two more pass, then the cap.
      await l.beforePasswordReset("two@example.pk", "198.51.100.1");
      await l.beforeAccountEmail("user-2", "198.51.100.1");
      expect((await refusal(l.beforePasswordReset("three@example.pk", "198.51.100.1")))?.params).toEqual({ minutes: 30 });
    });
  });
}

describe("the default allowances", () => {
  it("let 50 sign-ups an hour through one address (carrier NAT), unless configured otherwise", async () => {
    const { DEFAULT_AUTH_LIMITS } = await import("./rate-limit.ts");
    expect(DEFAULT_AUTH_LIMITS.signUpAttemptsPerIp).toEqual({ points: 50, durationSeconds: 3600, blockSeconds: 3600 });
    expect(DEFAULT_AUTH_LIMITS.passwordResetsPerEmail.points).toBe(5);
  });
});
