import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import type { Db } from "@hunar/db/client";
import { seedCategories } from "@hunar/db/seed";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { gigFormValues, packageValues } from "@hunar/gigs/testing/gig-form";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
let seq = 0;

describe.each(testDbKinds())("gigs through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;
  let logoCategoryId: string;
  let freelancer: TestBrowser;
  let stranger: TestBrowser;
  let admin: TestBrowser;
  const visitor = () => new TestBrowser(db, limiter);

  async function signedUp(name: string, locale: "ur" | "en" = "en") {
    const browser = new TestBrowser(db, limiter);
    const email = `gigs-${++seq}@example.pk`;
    const { user } = await browser.call((api) => api.auth.signUp({ name, email, password: PASSWORD, intent: "BOTH", locale }));
    await browser.verifyEmailFromMail(email);
    return { browser, user };
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
    const categories = await db.$transaction((tx) => seedCategories(tx));
    logoCategoryId = categories.get("logo-design") ?? "";
    freelancer = (await signedUp("Ayesha Khan")).browser;
    stranger = (await signedUp("Bilal Ahmed", "ur")).browser;
    const signedAdmin = await signedUp("Hunar Admin");
    await db.user.update({ where: { id: signedAdmin.user.id }, data: { isAdmin: true } });
    admin = signedAdmin.browser;
  });
  afterAll(() => testDb.close());

  it("create → submit → approve: the gig is public, the decision audited", async () => {
    const created = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    expect(created.status).toBe("DRAFT");
    const draftError = await rejection(visitor().call((api) => api.gigs.byIdOrSlug({ idOrSlug: created.slug })));
    expect(describeError(draftError, "en")).toMatchObject({ status: 404 });

    await freelancer.call((api) => api.gigs.submit({ gigId: created.id }));
    const queue = await admin.call((api) => api.adminGigs.queue());
    expect(queue.items.some((item) => item.kind === "SUBMISSION" && item.gigId === created.id)).toBe(true);

    const approved = await admin.call((api) =>
      api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: created.id }, reason: "Meets the listing rules" }),
    );
    expect(approved.status).toBe("PUBLISHED");
    const page = await visitor().call((api) => api.gigs.byIdOrSlug({ idOrSlug: created.slug }));
    expect(page).toMatchObject({ id: created.id, status: "PUBLISHED", viewer: { isOwner: false, isAdmin: false } });
    expect((await freelancer.call((api) => api.gigs.mine())).map((g) => g.id)).toContain(created.id);
    expect(await db.auditLog.findFirst({ where: { targetId: created.id }, select: { action: true, ip: true, reason: true } })).toEqual({
      action: "gig.approve",
      ip: "198.51.100.20",
      reason: "Meets the listing rules",
    });
  });

  it("hides a suspended seller's gig from byIdOrSlug and popularGigs with a localised 404, and shows it again once restored", async () => {
    const seller = await signedUp("Hina Baig");
    const gig = await seller.browser.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    await seller.browser.call((api) => api.gigs.submit({ gigId: gig.id }));
    await admin.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Meets the listing rules" }));
    await db.gig.update({ where: { id: gig.id }, data: { ordersCompleted: 10_000 } });
    const popular = async () => (await visitor().call((api) => api.catalog.popularGigs({ limit: 24 }))).map((g) => g.id);
    const page = () => visitor().call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.slug }));
    expect(await page()).toMatchObject({ id: gig.id, sellerActive: true });
    expect(await popular()).toContain(gig.id);

    await setTestUserSuspended(db, seller.user.id, true);
    const error = await rejection(page());
    expect(describeError(error, "en")).toMatchObject({
      status: 404,
      appCode: "NOT_FOUND",
      message: "This gig is not available right now.",
    });
    expect(describeError(error, "ur").message).toBe("یہ گِگ اس وقت دستیاب نہیں ہے۔");
    expect(await popular()).not.toContain(gig.id);
    // Suspension also ended the seller's session.
    expect(describeError(await rejection(seller.browser.call((api) => api.gigs.mine())), "en").status).toBe(401);
    expect(await admin.call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.slug }))).toMatchObject({
      status: "PUBLISHED",
      sellerActive: false,
    });

    await setTestUserSuspended(db, seller.user.id, false);
    expect(await page()).toMatchObject({ id: gig.id, sellerActive: true });
    expect(await popular()).toContain(gig.id);
  });

  it("answers bad listing input with localised field errors keyed by field path, storing nothing", async () => {
    const before = await db.gig.count();
    const values = gigFormValues(logoCategoryId, {
      titleEn: "<script>alert(1)</script> logo design",
      packages: [packageValues({ priceRupees: 0 }), packageValues({ tier: "STANDARD", priceRupees: 10.5 })],
      tags: ["a1", "b2", "c3", "d4", "e5", "f6"],
    });
    const error = await rejection(freelancer.call((api) => api.gigs.create(values)));
    expect(describeError(error, "en")).toMatchObject({
      status: 400,
      fieldErrors: {
        titleEn: "HTML tags and script links are not allowed here.",
        "packages.0.priceRupees": "The price must be more than Rs 0.",
        "packages.1.priceRupees": "Enter the price in whole rupees, without paisa.",
        tags: "Use at most 5 tags.",
      },
    });
    expect(describeError(error, "ur").fieldErrors?.["packages.0.priceRupees"]).toBe("قیمت 0 روپے سے زیادہ ہونی چاہیے۔");
    expect(await db.gig.count()).toBe(before);
  });

  it("refuses to change someone else's gig with 403 and hides drafts from strangers with 404", async () => {
    const gig = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    const update = await rejection(stranger.call((api) => api.gigs.update({ gigId: gig.id, values: gigFormValues(logoCategoryId) })));
    expect(describeError(update, "en")).toMatchObject({ status: 403, appCode: "FORBIDDEN" });
    // Thunks, started one at a time: a call made before its turn would reject unobserved.
    for (const call of [
      () => stranger.call((api) => api.gigs.submit({ gigId: gig.id })),
      () => stranger.call((api) => api.gigs.pause({ gigId: gig.id })),
      () => stranger.call((api) => api.gigs.forEdit({ gigId: gig.id })),
    ]) {
      expect(describeError(await rejection(call()), "en").status).toBe(403);
    }
    const view = await rejection(stranger.call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.id })));
    expect(describeError(view, "en")).toMatchObject({ status: 404, appCode: "NOT_FOUND" });
    expect((await freelancer.call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.id }))).viewer.isOwner).toBe(true);
    expect((await admin.call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.id }))).viewer.isAdmin).toBe(true);
  });

  it("keeps moderation to admins and listings to signed-in users", async () => {
    const gig = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    await freelancer.call((api) => api.gigs.submit({ gigId: gig.id }));
    for (const call of [
      () => stranger.call((api) => api.adminGigs.queue()),
      () =>
        stranger.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Meets the listing rules" })),
      () => freelancer.call((api) => api.adminGigs.reject({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "My own gig" })),
    ]) {
      expect(describeError(await rejection(call()), "en")).toMatchObject({ status: 403 });
    }
    const anonymous = await rejection(visitor().call((api) => api.gigs.create(gigFormValues(logoCategoryId))));
    expect(describeError(anonymous, "en").status).toBe(401);
    expect((await db.gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("PENDING_REVIEW");
  });

  it("needs a reason to reject or approve, and says so on the reason field", async () => {
    const gig = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    await freelancer.call((api) => api.gigs.submit({ gigId: gig.id }));
    const error = await rejection(admin.call((api) => api.adminGigs.reject({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "" })));
    expect(describeError(error, "en")).toMatchObject({ status: 400, fieldErrors: { reason: "This field is required." } });
    const rejected = await admin.call((api) =>
      api.adminGigs.requestChanges({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Add a clearer title." }),
    );
    expect(rejected.status).toBe("DRAFT");
    const unexplained = await rejection(
      admin.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: " " })),
    );
    expect(describeError(unexplained, "en")).toMatchObject({ status: 400, fieldErrors: { reason: "This field is required." } });
    const twice = await rejection(
      admin.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Meets the listing rules" })),
    );
    expect(describeError(twice, "en")).toMatchObject({ status: 409, appCode: "INVALID_STATE" });
  });

  it("lets a signed-in user report a published gig into the report queue", async () => {
    const gig = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    await freelancer.call((api) => api.gigs.submit({ gigId: gig.id }));
    await admin.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Meets the listing rules" }));

    const bad = await rejection(stranger.call((api) => api.gigs.report({ gigId: gig.id, reason: "BORING" as "SPAM" })));
    expect(describeError(bad, "ur").fieldErrors).toEqual({ reason: "وجہ منتخب کریں۔" });
    const { reportId } = await stranger.call((api) => api.gigs.report({ gigId: gig.id, reason: "SCAM", note: "Wants payment first." }));
    const queue = await admin.call((api) => api.adminReports.list({ limit: 200 }));
    expect(queue.find((item) => item.reportId === reportId)).toMatchObject({
      reason: "SCAM",
      details: "Wants payment first.",
      target: { type: "GIG", gig: { id: gig.id } },
    });
    const anonymous = await rejection(visitor().call((api) => api.gigs.report({ gigId: gig.id, reason: "SPAM" })));
    expect(describeError(anonymous, "en").status).toBe(401);
  });

  it("edits of a published gig wait for review; the edit form shows the pending edit", async () => {
    const gig = await freelancer.call((api) => api.gigs.create(gigFormValues(logoCategoryId)));
    await freelancer.call((api) => api.gigs.submit({ gigId: gig.id }));
    await admin.call((api) => api.adminGigs.approve({ target: { kind: "SUBMISSION", gigId: gig.id }, reason: "Meets the listing rules" }));
    const edited = await freelancer.call((api) =>
      api.gigs.update({ gigId: gig.id, values: gigFormValues(logoCategoryId, { titleEn: "I will design a bolder logo for you" }) }),
    );
    expect(edited.pendingRevisionId).not.toBeNull();
    expect((await visitor().call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.id }))).titleEn).not.toBe(
      "I will design a bolder logo for you",
    );
    const form = await freelancer.call((api) => api.gigs.forEdit({ gigId: gig.id }));
    expect(form).toMatchObject({ pendingRevisionId: edited.pendingRevisionId, values: { titleEn: "I will design a bolder logo for you" } });
    await admin.call((api) =>
      api.adminGigs.approve({
        target: { kind: "REVISION", revisionId: edited.pendingRevisionId ?? "" },
        reason: "Meets the listing rules",
      }),
    );
    expect((await visitor().call((api) => api.gigs.byIdOrSlug({ idOrSlug: gig.id }))).titleEn).toBe("I will design a bolder logo for you");
  });
});
