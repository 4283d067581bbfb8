import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { submitGig } from "./submit-gig.ts";
import { createGigWorld } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";

describe.each(testDbKinds())("submitting a gig waits for a verified e-mail, on %s", (kind) => {
  const t = useTestDb(kind);

  it("an unverified seller may write a draft but not submit it; once verified, the same draft goes to review", async () => {
    const world = await createGigWorld(t.db);
    const { userId } = await createTestUser(t.db, "Naveed Akhtar", { emailVerified: false, intent: "WORK" });
    const seller = { userId };
    const draft = await createGig(t.db, seller, gigFormValues(world.logoCategoryId));
    expect(draft.status).toBe("DRAFT");

    await expect(submitGig(t.db, seller, draft.id)).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "errors:emailNotVerified" });
    expect((await t.db.gig.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    await t.db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    await expect(submitGig(t.db, seller, draft.id)).resolves.toMatchObject({ status: "PENDING_REVIEW" });
  });

  it("someone else's draft is still refused as theirs before the e-mail rule is asked", async () => {
    const world = await createGigWorld(t.db);
    const draft = await createGig(t.db, world.freelancer, gigFormValues(world.logoCategoryId));
    const { userId } = await createTestUser(t.db, "Unverified Stranger", { emailVerified: false });
    await expect(submitGig(t.db, { userId }, draft.id)).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "errors:forbidden" });
  });
});
