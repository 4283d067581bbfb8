import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { getGig } from "./get-gig.ts";
import { approveGig, rejectGig, requestGigChanges } from "./moderate-gig.ts";
import { listModerationQueue } from "./moderation-queue.ts";
import { submitGig } from "./submit-gig.ts";
import { createGigWorld, type GigWorld } from "./testing/gig-fixtures.ts";
import { gigFormValues, packageValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe.each(testDbKinds())("gig lifecycle on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const admin = () => ({ userId: world.admin.userId, isAdmin: true, ip: "203.0.113.9" });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("create → submit → approve makes a gig public, with everything the page shows", async () => {
    const created = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    expect(created).toMatchObject({ status: "DRAFT", slug: "design-a-modern-minimalist-logo-for-your-business" });
    await expect(getGig(db(), created.slug, world.stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const submitted = await submitGig(db(), world.freelancer, created.id);
    expect(submitted.status).toBe("PENDING_REVIEW");
    const queue = await listModerationQueue(db());
    expect(queue.items.find((item) => item.gig.id === created.id)).toMatchObject({ kind: "SUBMISSION" });

    const approved = await approveGig(db(), admin(), { kind: "SUBMISSION", gigId: created.id }, "Meets the listing rules");
    expect(approved.status).toBe("PUBLISHED");

    const page = await getGig(db(), created.slug, null);
    expect(page).toMatchObject({
      status: "PUBLISHED",
      startingPricePaisa: 500_000,
      category: { slug: "logo-design", parent: { slug: "graphic-design" } },
      seller: { city: "Lahore", languages: ["ur", "en"], completedOrders: 0, responseTimeMinutes: null, rating: null },
      viewer: { isOwner: false, isAdmin: false },
      rejectionReason: null,
      pendingRevision: null,
    });
    expect(page.packages.map((p) => [p.tier, p.pricePaisa])).toEqual([
      ["BASIC", 500_000],
      ["STANDARD", 1_200_000],
      ["PREMIUM", 3_000_000],
    ]);
    expect(page.packages[2]?.revisions).toBeNull();
    expect(page.tags.map((t) => t.label).sort()).toEqual(["branding", "logo", "لوگو"]);
    expect(page.extras).toMatchObject([{ titleEn: "Express delivery", titleUr: "فوری ڈیلیوری", pricePaisa: 200_000 }]);
    expect(page.faqs).toMatchObject([{ questionEn: "Do I get the source file?", answerUr: "جی ہاں، ہر پیکج میں شامل ہے۔" }]);
    expect(page.descriptionHtmlEn).toContain("<strong>modern</strong>");
    expect((await getGig(db(), created.id, null)).id).toBe(created.id);

    const audit = await db().auditLog.findMany({ where: { targetId: created.id } });
    expect(audit).toMatchObject([
      {
        action: "gig.approve",
        actorId: world.admin.userId,
        targetType: "Gig",
        reason: "Meets the listing rules",
        ip: "203.0.113.9",
        data: {
          before: { status: "PENDING_REVIEW", publishedAt: null },
          after: { status: "PUBLISHED", rejectionReason: null, publishedAt: expect.any(String) as unknown },
        },
      },
    ]);
    // The approval's reason is for the audit log; the freelancer's page shows no rejection.
    expect((await getGig(db(), created.id, world.freelancer)).rejectionReason).toBeNull();
    expect((await listModerationQueue(db())).items.some((item) => item.gig.id === created.id)).toBe(false);
  });

  it("rejects with a reason: final, visible to the owner only, audited", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    const rejected = await rejectGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Copied from another seller's portfolio.");
    expect(rejected.status).toBe("REJECTED");
    expect((await getGig(db(), gig.id, world.freelancer)).rejectionReason).toBe("Copied from another seller's portfolio.");
    await expect(getGig(db(), gig.id, world.stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateGig(db(), world.freelancer, gig.id, gigFormValues(world.logoCategoryId))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "gigs:errors.rejectedFinal",
    });
    await expect(submitGig(db(), world.freelancer, gig.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: gig.id } });
    expect(audit).toMatchObject({
      action: "gig.reject",
      reason: "Copied from another seller's portfolio.",
      actorId: world.admin.userId,
      data: {
        before: { status: "PENDING_REVIEW" },
        after: { status: "REJECTED", rejectionReason: "Copied from another seller's portfolio.", publishedAt: null },
      },
    });
  });

  it("refuses an approval without a reason, and writes nothing", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    for (const reason of ["", "  ", "ok", undefined]) {
      const error = await rejection(approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, reason as never));
      expect(error).toMatchObject({ code: "BAD_INPUT", fields: { reason: { key: expect.stringMatching(/^gigs:errors\./) as unknown } } });
    }
    expect((await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("PENDING_REVIEW");
    expect(await db().auditLog.count({ where: { targetId: gig.id } })).toBe(0);
  });

  it("refuses a rejection without a reason, and writes nothing", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    const error = await rejection(rejectGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "  "));
    expect(error).toMatchObject({ code: "BAD_INPUT", fields: { reason: { key: "gigs:errors.required" } } });
    expect((await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("PENDING_REVIEW");
    expect(await db().auditLog.count({ where: { targetId: gig.id } })).toBe(0);
  });

  it("request changes: back to a draft with the note, edited and submitted again", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    const sentBack = await requestGigChanges(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Please add a Standard package.");
    expect(sentBack.status).toBe("DRAFT");
    expect((await getGig(db(), gig.id, world.freelancer)).rejectionReason).toBe("Please add a Standard package.");

    await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, { titleEn: "I will design a fresh logo with a brand kit" }),
    );
    const again = await submitGig(db(), world.freelancer, gig.id);
    expect(again.status).toBe("PENDING_REVIEW");
    expect((await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).rejectionReason).toBeNull();
    expect(await db().auditLog.findMany({ where: { targetId: gig.id }, select: { action: true, reason: true } })).toEqual([
      { action: "gig.requestChanges", reason: "Please add a Standard package." },
    ]);
  });

  it("editing a gig under review withdraws it to a draft", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    const edited = await updateGig(db(), world.freelancer, gig.id, gigFormValues(world.logoCategoryId));
    expect(edited).toMatchObject({ status: "DRAFT", pendingRevisionId: null });
    await expect(approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules")).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "gigs:errors.alreadyDecided",
    });
  });

  it("editing a published gig keeps the approved version public until the edit is approved", async () => {
    const gig = await createGig(
      db(),
      world.freelancer,
      gigFormValues(world.logoCategoryId, { titleEn: "I will draw a hand made logo for your shop" }),
    );
    await submitGig(db(), world.freelancer, gig.id);
    await approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules");

    const edit = gigFormValues(world.logoCategoryId, {
      titleEn: "I will draw a hand made logo and business card",
      tags: ["hand drawn"],
      packages: [packageValues({ priceRupees: 3000 })],
    });
    const updated = await updateGig(db(), world.freelancer, gig.id, edit);
    expect(updated.status).toBe("PUBLISHED");
    expect(updated.pendingRevisionId).not.toBeNull();

    const publicPage = await getGig(db(), gig.id, null);
    expect(publicPage.titleEn).toBe("I will draw a hand made logo for your shop");
    expect(publicPage.packages).toHaveLength(3);
    expect(publicPage.startingPricePaisa).toBe(500_000);
    expect(publicPage.pendingRevision).toBeNull();
    expect((await getGig(db(), gig.id, world.freelancer)).pendingRevision?.id).toBe(updated.pendingRevisionId);

    const queue = await listModerationQueue(db());
    const item = queue.items.find((i) => i.kind === "REVISION" && i.gig.id === gig.id);
    expect(item).toMatchObject({ kind: "REVISION", revision: { titleEn: "I will draw a hand made logo and business card" } });

    await approveGig(db(), admin(), { kind: "REVISION", revisionId: updated.pendingRevisionId ?? "" }, "Meets the listing rules");
    const after = await getGig(db(), gig.id, null);
    expect(after).toMatchObject({
      titleEn: "I will draw a hand made logo and business card",
      startingPricePaisa: 300_000,
      slug: gig.slug,
      status: "PUBLISHED",
    });
    expect(after.packages.map((p) => p.tier)).toEqual(["BASIC"]);
    expect(after.tags.map((t) => t.label)).toEqual(["hand drawn"]);
    expect(await db().gigRevision.findUniqueOrThrow({ where: { id: updated.pendingRevisionId ?? "" } })).toMatchObject({
      status: "APPROVED",
      reviewedById: world.admin.userId,
    });
    expect(await db().auditLog.findFirstOrThrow({ where: { targetId: gig.id, action: "gig.revision.approve" } })).toMatchObject({
      reason: "Meets the listing rules",
      data: {
        revisionId: updated.pendingRevisionId,
        before: { revisionStatus: "PENDING_REVIEW" },
        after: { revisionStatus: "APPROVED", rejectionReason: null },
      },
    });
  });

  it("a rejected edit leaves the public listing as it was and tells the owner why", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    await approveGig(db(), admin(), { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules");
    const first = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, { titleEn: "First edit of my logo design gig" }),
    );
    const second = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, { titleEn: "Second edit of my logo design gig" }),
    );
    expect((await db().gigRevision.findUniqueOrThrow({ where: { id: first.pendingRevisionId ?? "" } })).status).toBe("SUPERSEDED");
    await expect(
      approveGig(db(), admin(), { kind: "REVISION", revisionId: first.pendingRevisionId ?? "" }, "Meets the listing rules"),
    ).rejects.toMatchObject({
      messageKey: "gigs:errors.alreadyDecided",
    });

    await rejectGig(db(), admin(), { kind: "REVISION", revisionId: second.pendingRevisionId ?? "" }, "The new title promises a guarantee.");
    const owner = await getGig(db(), gig.id, world.freelancer);
    expect(owner.titleEn).toBe("I will design a modern minimalist logo for your business");
    expect(owner.status).toBe("PUBLISHED");
    expect(owner.lastRevisionDecision).toMatchObject({ status: "REJECTED", reason: "The new title promises a guarantee." });
  });
});
