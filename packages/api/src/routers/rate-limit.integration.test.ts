import { limiterBackends } from "@hunar/auth/testing/limiter-backends";
import type { AuthLimits } from "@hunar/auth/rate-limit";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { TestBrowser, rejection } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
const limits: Partial<AuthLimits> = {
  logInFailuresPerAccountIp: { points: 3, durationSeconds: 3600, blockSeconds: 15 * 60 },
  logInFailuresPerAccount: { points: 20, durationSeconds: 3600, blockSeconds: 5 * 60 },
  signUpAttemptsPerIp: { points: 2, durationSeconds: 3600, blockSeconds: 3600 },
};

describe.each(testDbKinds())("login and signup rate limits on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  for (const backend of limiterBackends()) {
    describe(`with ${backend.name} counters`, () => {
      afterAll(() => backend.close());

      it("blocks an attacker guessing one account, in the user's language, while the owner still logs in", async () => {
        const limiter = backend.create({ limits });
        const email = `victim-${backend.name}@example.pk`;
        await new TestBrowser(testDb.db, limiter, { ip: "203.0.113.7" }).call((api) =>
          api.auth.signUp({ name: "Victim", email, password: PASSWORD, intent: "HIRE", locale: "en" }),
        );

        const attacker = new TestBrowser(testDb.db, limiter, { ip: "198.51.100.66" });
        for (let i = 0; i < 3; i++) {
          const error = await rejection(attacker.call((api) => api.auth.logIn({ email, password: `guess-number-${i}` })));
          expect((error as TRPCError).code).toBe("UNAUTHORIZED");
        }
        // Even the right password is refused from this address now: guessing is over for a while.
        const limited = await rejection(attacker.call((api) => api.auth.logIn({ email, password: PASSWORD })));
        expect((limited as TRPCError).code).toBe("TOO_MANY_REQUESTS");
        expect(describeError(limited, "en")).toMatchObject({
          status: 429,
          message: "Too many attempts. Please try again in 15 min.",
        });
        expect(describeError(limited, "ur").message).toBe("بہت زیادہ کوششیں ہو چکی ہیں۔ براہِ کرم 15 منٹ بعد دوبارہ کوشش کریں۔");
        expect(attacker.token).toBeNull();

        const owner = new TestBrowser(testDb.db, limiter, { ip: "203.0.113.7" });
        await owner.call((api) => api.auth.logIn({ email, password: PASSWORD }));
        expect(owner.token).not.toBeNull();
      });

      it("limits signups from one address and writes nothing once limited", async () => {
        const limiter = backend.create({ limits });
        const b = new TestBrowser(testDb.db, limiter, { ip: "198.51.100.77" });
        const signUp = (n: number) =>
          b.call((api) =>
            api.auth.signUp({
              name: "Farm",
              email: `farm-${backend.name}-${n}@example.pk`,
              password: PASSWORD,
              intent: "WORK",
              locale: "en",
            }),
          );
        await signUp(1);
        await signUp(2);
        const before = await testDb.db.user.count();
        const limited = await rejection(signUp(3));
        expect(describeError(limited, "en").message).toBe("Too many attempts. Please try again in 60 min.");
        expect(await testDb.db.user.count()).toBe(before);
      });
    });
  }
});
