import { describe, expect, it } from "vitest";
import { FAST_TEST_HASHING, OWASP_HASHING, hashPassword, hashingLoad, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("uses argon2id with OWASP's parameters by default", async () => {
    expect(OWASP_HASHING).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword("chai-at-Lahore-4pm");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "chai-at-Lahore-4pm")).toBe(true);
  });

  it("salts every hash and rejects the wrong password", async () => {
    const a = await hashPassword("chai-at-Lahore-4pm", FAST_TEST_HASHING);
    const b = await hashPassword("chai-at-Lahore-4pm", FAST_TEST_HASHING);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "chai-at-lahore-4pm")).toBe(false);
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("never runs more than two hashes at once", async () => {
    const jobs = Array.from({ length: 6 }, (_, i) => hashPassword(`password-${i}-x`, FAST_TEST_HASHING));
    const load = hashingLoad();
    expect(load.running).toBe(2);
    expect(load.waiting).toBe(4);
    await Promise.all(jobs);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
