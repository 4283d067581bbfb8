import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { countVerificationRequests, listVerificationRequests } from "./verify-identity.ts";

describe.each(testDbKinds())("verification request count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly the users the verification list shows, and only for admins", async () => {
    const admin = await createTestUser(t.db, "Hunar Admin", { isAdmin: true });
    const profile = async (name: string, details: Record<string, string | Date | null>) => {
      const user = await createTestUser(t.db, name, { profile: {} });
      await t.db.profile.update({ where: { userId: user.userId }, data: details });
      return user;
    };
    await profile("Usman Tariq", { cnic: "35202-1234567-1" });
    await profile("Sana Malik", { psebNumber: "PSEB-2024-123" });
    // A verified CNIC with a PSEB number still to check waits once, not twice.
    await profile("Zainab Noor", { cnic: "35202-7654321-2", cnicVerifiedAt: new Date(), psebNumber: "PSEB-2024-456" });
    // Everything checked, or nothing given: nothing to do.
    await profile("Bilal Ahmed", { cnic: "35202-1111111-3", cnicVerifiedAt: new Date() });
    await profile("Ayesha Khan", { psebNumber: "PSEB-2024-789", psebVerifiedAt: new Date() });
    await profile("Hamza Ali", {});

    const actor = { userId: admin.userId, isAdmin: true };
    const count = await countVerificationRequests(t.db, actor);
    expect(count).toBe(3);
    expect(count).toBe((await listVerificationRequests(t.db, actor)).length);
    await expect(countVerificationRequests(t.db, { userId: admin.userId, isAdmin: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
