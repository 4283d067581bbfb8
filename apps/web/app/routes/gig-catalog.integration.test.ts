import { testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createGig } from "@hunar/gigs/create-gig";
import { submitGig } from "@hunar/gigs/submit-gig";
import { CATALOG_TTL_MS } from "@hunar/gigs/catalog/cached-catalog";
import { createGigWorld, type GigWorld } from "@hunar/gigs/testing/gig-fixtures";
import { gigFormValues } from "@hunar/gigs/testing/gig-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as moderationAction, loader as moderationLoader } from "./admin-moderation.tsx";
import { loader as reportsLoader } from "./admin-reports.tsx";
import { loader as categoryLoader } from "./category.tsx";
import { action as gigAction, loader as gigLoader } from "./gig.tsx";
import { loader as homeLoader } from "./home.tsx";
import { loader as searchLoader } from "./search.tsx";
import { loader as sellerLoader } from "./seller-profile.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

interface SearchBody {
  results: { total: number; nextCursor: string | null; items: { id: string; slug: string; image: unknown }[] } | null;
  errors: Record<string, { key: string }> | null;
}

describe.each(testDbKinds())("catalogue pages on %s", (kind) => {
  const t = useTestDb(kind);
  let world: GigWorld;
  let cookies: { freelancer: string; stranger: string; admin: string };
  let context: Context;

  beforeEach(async () => {
    world = await createGigWorld(t.db);
    cookies = {
      freelancer: await sessionCookie(t.db, world.freelancer.userId),
      stranger: await sessionCookie(t.db, world.stranger.userId),
      admin: await sessionCookie(t.db, world.admin.userId),
    };
    context = testContext(t.db).context;
  });

  async function submittedGig(overrides: Parameters<typeof gigFormValues>[1] = {}) {
    const gig = await createGig(t.db, world.freelancer, gigFormValues(world.logoCategoryId, overrides));
    await submitGig(t.db, world.freelancer, gig.id);
    return gig;
  }

  const decide = (fields: Record<string, string>, cookie = cookies.admin) =>
    run(moderationAction, formPost("/admin/moderation", fields, { cookie }), context);

  it("moderation: oldest first, admins only, approve publishes it and it is found by an Urdu query", async () => {
    const marker = `زعفران${Date.now() % 100_000}`;
    const gig = await submittedGig({ titleUr: `میں ${marker} کے لیے خوبصورت لوگو بناؤں گی`, tags: ["logo", marker] });

    expect((await run(moderationLoader, get("/admin/moderation"), context)).location).toBe("/login?redirectTo=%2Fadmin%2Fmoderation");
    expect((await run(moderationLoader, get("/admin/moderation", cookies.freelancer), context)).status).toBe(403);
    expect(
      (await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" }, cookies.freelancer))
        .status,
    ).toBe(403);

    const queue = await run(moderationLoader, get("/admin/moderation", cookies.admin), context);
    const items = (queue.body as { items: { kind: string; gig: { id: string }; since: Date }[] }).items;
    expect(items.some((item) => item.kind === "SUBMISSION" && item.gig.id === gig.id)).toBe(true);
    const times = items.map((item) => new Date(item.since).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Before approval the gig is nobody's search result.
    const hidden = await run(searchLoader, get(`/search?q=${encodeURIComponent(marker)}`), context);
    expect((hidden.body as SearchBody).results?.total).toBe(0);

    // Approving needs a reason too: without one the field says so and the gig stays in the queue.
    const unexplained = await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "" });
    expect(unexplained).toMatchObject({
      status: 400,
      body: { item: `SUBMISSION:${gig.id}`, errors: { fields: { reason: { key: "gigs:errors.required" } } } },
    });
    expect(await t.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ status: "PENDING_REVIEW" });
    expect(await t.db.auditLog.count({ where: { targetId: gig.id } })).toBe(0);

    const approved = await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" });
    expect(approved.body).toMatchObject({ decided: "approve" });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { action: "gig.approve", targetId: gig.id } })).toMatchObject({
      actorId: world.admin.userId,
      reason: "Meets the listing rules",
      data: { before: { status: "PENDING_REVIEW" }, after: { status: "PUBLISHED" } },
    });
    // Deciding twice: the second answer says it was already decided, on that item only.
    const again = await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "reject", reason: "Too late" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ item: `SUBMISSION:${gig.id}`, errors: { form: { key: "gigs:errors.alreadyDecided" } } });

    const found = await run(searchLoader, get(`/search?q=${encodeURIComponent(marker)}`), context);
    expect(found.status).toBe(200);
    expect((found.body as SearchBody).results).toMatchObject({ total: 1, items: [{ id: gig.id }] });
  });

  it("moderation: reject and request changes need a reason and tell the freelancer", async () => {
    const first = await submittedGig();
    const second = await submittedGig();
    const noReason = await decide({ kind: "SUBMISSION", targetId: first.id, decision: "reject", reason: " " });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      item: `SUBMISSION:${first.id}`,
      errors: { fields: { reason: { key: "gigs:errors.required" } } },
    });
    expect(await t.db.gig.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "PENDING_REVIEW" });

    expect(
      (await decide({ kind: "SUBMISSION", targetId: first.id, decision: "reject", reason: "Copied from another seller" })).status,
    ).toBe(200);
    expect(
      (await decide({ kind: "SUBMISSION", targetId: second.id, decision: "requestChanges", reason: "Add real work samples" })).status,
    ).toBe(200);
    expect(await t.db.gig.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Copied from another seller",
    });
    expect(await t.db.gig.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "DRAFT",
      rejectionReason: "Add real work samples",
    });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { action: "gig.reject", targetId: first.id } })).toMatchObject({
      reason: "Copied from another seller",
      actorId: world.admin.userId,
    });
    expect((await decide({ kind: "WHATEVER", targetId: first.id, decision: "approve", reason: "Meets the listing rules" })).status).toBe(
      400,
    );
  });

  it("gig page: unpublished is 404 except for owner and admin; published counts views and redirects id to slug", async () => {
    const gig = await submittedGig();
    const page = (cookie?: string, idOrSlug = gig.slug) => run(gigLoader, get(`/gigs/${idOrSlug}`, cookie), context, { idOrSlug });
    expect((await page()).status).toBe(404);
    expect((await page(cookies.stranger)).status).toBe(404);
    expect(await page(cookies.freelancer)).toMatchObject({ status: 200, body: { gig: { id: gig.id, viewer: { isOwner: true } } } });
    expect(await page(cookies.admin)).toMatchObject({ status: 200, body: { gig: { viewer: { isAdmin: true } } } });

    await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" });
    const byId = await page(undefined, gig.id);
    expect(byId).toMatchObject({ status: 301, location: `/gigs/${gig.slug}` });
    const visitor = await page();
    expect(visitor.body).toMatchObject({ signedIn: false, gig: { viewer: { isOwner: false } } });
    expect((visitor.body as { gig: { seller: { href: string } } }).gig.seller.href).toMatch(/^\/u\//);
    // Description HTML is the sanitised markdown; raw HTML never passes.
    expect((visitor.body as { gig: { descriptionHtmlEn: string } }).gig.descriptionHtmlEn).toContain("<strong>modern</strong>");
    await page(cookies.stranger);
    await page(cookies.freelancer);
    // Two outside views; the owner's own visit does not count.
    expect(await t.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ viewCount: 2 });
  });

  it("report: signed-in users only, validated, once per person, and it reaches the queue", async () => {
    const gig = await submittedGig();
    await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" });
    const report = (fields: Record<string, string>, cookie?: string) =>
      run(gigAction, formPost(`/gigs/${gig.slug}`, { gigId: gig.id, ...fields }, { cookie }), context, { idOrSlug: gig.slug });

    expect((await report({ reason: "SCAM" })).location).toBe(`/login?redirectTo=${encodeURIComponent(`/gigs/${gig.slug}`)}`);
    const bad = await report({ reason: "BORING", note: "<img src=x onerror=alert(1)>" }, cookies.stranger);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      form: "report",
      errors: { fields: { reason: { key: "gigs:errors.reportReasonInvalid" }, note: { key: "gigs:errors.noMarkup" } } },
    });
    expect(await report({ reason: "OFF_PLATFORM_PAYMENT", note: "Asks for JazzCash directly" }, cookies.stranger)).toMatchObject({
      status: 200,
      body: { done: true },
    });
    expect(await report({ reason: "SPAM" }, cookies.stranger)).toMatchObject({
      status: 409,
      body: { errors: { form: { key: "gigs:errors.alreadyReported" } } },
    });
    expect(await report({ reason: "SPAM" }, cookies.freelancer)).toMatchObject({ status: 409 });
    expect(await t.db.report.count({ where: { targetId: gig.id } })).toBe(1);

    const queue = await run(reportsLoader, get("/admin/reports", cookies.admin), context);
    const reports = (queue.body as { reports: { target: { type: string; gig?: { id: string } | null } }[] }).reports;
    expect(reports.filter((item) => item.target.type === "GIG").map((item) => item.target.gig?.id)).toContain(gig.id);
  });

  it("search, category and seller pages: filters, keyset pages, localised errors, 404s", async () => {
    const slugs: string[] = [];
    for (const price of [3000, 4000, 5000]) {
      const gig = await submittedGig({ titleEn: `I will design a flat vector logo priced ${price} rupees` });
      await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" });
      slugs.push(gig.slug);
    }
    const handle = (await t.db.user.findUniqueOrThrow({ where: { id: world.freelancer.userId } })).handle!;
    const query = `city=Lahore&category=logo-design&sort=price_asc&limit=2`;
    const first = (await run(searchLoader, get(`/search?${query}`), context)).body as SearchBody;
    expect(first.results!.items).toHaveLength(2);
    expect(first.results!.nextCursor).toBeTruthy();
    const second = (await run(searchLoader, get(`/search?${query}&cursor=${encodeURIComponent(first.results!.nextCursor!)}`), context))
      .body as SearchBody;
    const seen = [...first.results!.items, ...second.results!.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(seen.length);

    const bad = await run(searchLoader, get("/search?min=abc&sort=cheapest"), context);
    expect(bad.status).toBe(400);
    const errors = (bad.body as SearchBody).errors ?? {};
    expect(Object.keys(errors).sort()).toEqual(["min", "sort"]);
    expect(Object.values(errors).every((error) => error.key.startsWith("search:errors."))).toBe(true);
    expect((await run(searchLoader, get("/search?cursor=not-a-cursor"), context)).status).toBe(400);

    const category = await run(categoryLoader, get("/c/graphic-design?sort=newest"), context, { slug: "graphic-design" });
    expect(category.status).toBe(200);
    expect(category.body).toMatchObject({ category: { slug: "graphic-design" }, parent: null });
    expect((category.body as SearchBody).results!.items.map((item) => item.slug)).toEqual(expect.arrayContaining(slugs));
    expect((await run(categoryLoader, get("/c/no-such-thing"), context, { slug: "no-such-thing" })).status).toBe(404);

    const seller = await run(sellerLoader, get(`/u/${handle}`), context, { handle });
    expect(seller.status).toBe(200);
    expect((seller.body as { gigs: { slug: string }[] }).gigs.map((gig) => gig.slug).sort()).toEqual([...slugs].sort());
    const byId = await run(sellerLoader, get(`/users/${world.freelancer.userId}`), context, { userId: world.freelancer.userId });
    expect(byId).toMatchObject({ status: 301, location: `/u/${handle}` });
    expect(await run(sellerLoader, get("/u/nobody-here"), context, { handle: "nobody-here" })).toMatchObject({
      status: 404,
      body: { messageKey: "gigs:errors.sellerUnavailable" },
    });
  });

  describe("a suspended seller", () => {
    // The home page's popular gigs are cached for CATALOG_TTL_MS; this moves the clock past it.
    let shift = 0;
    beforeEach(() => {
      const realNow = performance.now.bind(performance);
      vi.spyOn(performance, "now").mockImplementation(() => realNow() + shift);
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });
    const afterCatalogTtl = () => {
      shift += CATALOG_TTL_MS + 1;
    };

    it("is gone from search, category, home, seller and gig pages, and everything is back once restored", async () => {
      const marker = `کیسر${Date.now() % 100_000}`;
      const gig = await submittedGig({ titleUr: `میں ${marker} کے لیے لوگو بناؤں گی`, tags: ["logo", marker] });
      await decide({ kind: "SUBMISSION", targetId: gig.id, decision: "approve", reason: "Meets the listing rules" });
      // First among the popular gigs, whatever the other tests left in this database.
      await t.db.gig.update({ where: { id: gig.id }, data: { ordersCompleted: 10_000 } });
      const handle = (await t.db.user.findUniqueOrThrow({ where: { id: world.freelancer.userId } })).handle!;

      const pages = async () => {
        const search = (await run(searchLoader, get(`/search?q=${encodeURIComponent(marker)}`), context)).body as SearchBody;
        const category = (await run(categoryLoader, get("/c/logo-design?sort=newest&limit=50"), context, { slug: "logo-design" }))
          .body as SearchBody;
        const home = (await run(homeLoader, get("/"), context)).body as { gigs: { id: string }[] };
        return {
          search: search.results?.items.map((item) => item.id),
          category: category.results?.items.some((item) => item.id === gig.id),
          home: home.gigs.some((card) => card.id === gig.id),
          seller: await run(sellerLoader, get(`/u/${handle}`), context, { handle }),
          visitor: await run(gigLoader, get(`/gigs/${gig.slug}`), context, { idOrSlug: gig.slug }),
          stranger: await run(gigLoader, get(`/gigs/${gig.slug}`, cookies.stranger), context, { idOrSlug: gig.slug }),
          admin: await run(gigLoader, get(`/gigs/${gig.slug}`, cookies.admin), context, { idOrSlug: gig.slug }),
        };
      };
      const listed = {
        search: [gig.id],
        category: true,
        home: true,
        seller: { status: 200, body: { gigs: [{ id: gig.id }] } },
        visitor: { status: 200, body: { gig: { id: gig.id, sellerActive: true } } },
        stranger: { status: 200, body: { gig: { id: gig.id } } },
        admin: { status: 200, body: { gig: { id: gig.id, sellerActive: true } } },
      };
      expect(await pages()).toMatchObject(listed);
      const viewsBefore = (await t.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).viewCount;

      await setTestUserSuspended(t.db, world.freelancer.userId, true);
      afterCatalogTtl();
      const unavailable = { status: 404, body: { messageKey: "gigs:errors.gigUnavailable" } };
      expect(await pages()).toMatchObject({
        search: [],
        category: false,
        home: false,
        seller: { status: 404, body: { messageKey: "gigs:errors.sellerUnavailable" } },
        visitor: unavailable,
        stranger: unavailable,
        // Moderators still see it, told why buyers do not.
        admin: { status: 200, body: { gig: { id: gig.id, status: "PUBLISHED", sellerActive: false } } },
      });
      // The seller's own session ended with the suspension: they get the visitor's answer.
      expect(await run(gigLoader, get(`/gigs/${gig.slug}`, cookies.freelancer), context, { idOrSlug: gig.slug })).toMatchObject(
        unavailable,
      );
      // Nobody's visit counted while it was hidden (the admin's included).
      expect((await t.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).viewCount).toBe(viewsBefore);

      await setTestUserSuspended(t.db, world.freelancer.userId, false);
      afterCatalogTtl();
      expect(await pages()).toMatchObject(listed);
    });
  });
});
