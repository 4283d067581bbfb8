import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { samplePdf, samplePng } from "@hunar/gigs/images/testing/sample-images";
import { createGigWorld, type GigWorld } from "@hunar/gigs/testing/gig-fixtures";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { get, runRoute, testContext } from "#app/test/action-context.ts";
import { gigFormFields, multipartPost, sessionCookie } from "#app/test/gig-requests.ts";
import { action as editAction, loader as editLoader } from "./gigs-edit.tsx";
import { action as mineAction, loader as mineLoader } from "./gigs-mine.tsx";
import { action as newAction, loader as newLoader } from "./gigs-new.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

describe.each(testDbKinds())("gig form pages on %s", (kind) => {
  const t = useTestDb(kind);
  let world: GigWorld;
  let freelancer: string;
  let stranger: string;
  let imageDir: string;
  let context: Context;

  beforeAll(async () => {
    imageDir = await mkdtemp(join(tmpdir(), "hunar-route-images-"));
  });
  afterAll(async () => {
    await rm(imageDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    world = await createGigWorld(t.db);
    freelancer = await sessionCookie(t.db, world.freelancer.userId);
    stranger = await sessionCookie(t.db, world.stranger.userId);
    context = testContext(t.db, { imageStorage: new LocalDiskUploadStorage(imageDir, "gig-images") }).context;
  });

  it("asks an unverified seller to confirm their e-mail before submitting, saving nothing, so a retry makes one gig", async () => {
    await t.db.user.update({ where: { id: world.freelancer.userId }, data: { emailVerifiedAt: null } });
    const send = () => run(newAction, multipartPost("/gigs/new", gigFormFields(world.logoCategoryId), { cookie: freelancer }), context);
    const refused = await send();
    expect(refused).toMatchObject({ status: 403, body: { errors: { form: { key: "errors:emailNotVerified" } } } });
    expect(await t.db.gig.count({ where: { freelancerId: world.freelancer.userId } })).toBe(0);
    await t.db.user.update({ where: { id: world.freelancer.userId }, data: { emailVerifiedAt: new Date() } });
    expect((await send()).location).toBe("/gigs/mine?done=submitted");
    expect(await t.db.gig.count({ where: { freelancerId: world.freelancer.userId } })).toBe(1);
  });

  it("creates a gig with a real PNG from the no-JavaScript form and submits it for review", async () => {
    const png = await samplePng(800, 600);
    const request = multipartPost("/gigs/new", gigFormFields(world.logoCategoryId), {
      cookie: freelancer,
      files: [{ name: "logo.png", type: "image/png", bytes: png }],
    });
    const result = await run(newAction, request, context);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/gigs/mine?done=submitted");

    const gig = await t.db.gig.findFirstOrThrow({
      where: { freelancerId: world.freelancer.userId },
      include: { packages: true, images: true, extras: true, faqs: true, tags: { include: { tag: true } } },
    });
    expect(gig.status).toBe("PENDING_REVIEW");
    // Blank slots were not packages; "30,000" is thirty thousand rupees, stored in paisa.
    expect(gig.packages.map((p) => [p.tier, p.pricePaisa, p.revisions]).sort()).toEqual([
      ["BASIC", 500_000, 2],
      ["PREMIUM", 3_000_000, null],
    ]);
    expect(gig.extras).toMatchObject([{ titleEn: "Express delivery", titleUr: "فوری ڈیلیوری", pricePaisa: 200_000, extraDays: 0 }]);
    expect(gig.faqs).toMatchObject([{ questionUr: "کیا مجھے اصل فائل ملے گی؟", answerEn: "Yes, every package includes it." }]);
    // A package written in English only is stored with no Urdu, and its features by language.
    const premium = gig.packages.find((p) => p.tier === "PREMIUM");
    expect(premium).toMatchObject({
      nameEn: "Full identity",
      nameUr: null,
      featuresUr: [],
      featuresEn: ["3 concepts", "Business card", "Brand guide"],
    });
    expect(gig.tags.map((tag) => tag.tag.label).sort()).toEqual(["branding", "logo", "لوگو"]);
    expect(gig.images).toHaveLength(1);
    // The stored files are re-encoded WebP variants under the random key, never the upload's name.
    const stored = await readdir(join(imageDir, "gigs", gig.images[0]!.storageKey.slice(0, 2)));
    expect(stored.every((name) => name.startsWith(gig.images[0]!.storageKey) && name.endsWith(".webp"))).toBe(true);

    const mine = await run(mineLoader, get("/gigs/mine", freelancer), context);
    expect(mine.body).toMatchObject({ gigs: [{ id: gig.id, status: "PENDING_REVIEW", viewCount: 0 }] });
  });

  it("saves the requirement questions typed in any rows, and shows them again in the edit form", async () => {
    const fields = gigFormFields(world.logoCategoryId, {
      intent: "save",
      "requirements.1.question": "What is your brand name?",
      "requirements.1.required": "on",
      // Unticked "required": a browser posts nothing for it.
      "requirements.4.question": "Your current logo, if you have one",
      "requirements.4.allowFile": "on",
      // Only the default tick of an empty row: no question.
      "requirements.6.required": "on",
    });
    const saved = await run(newAction, multipartPost("/gigs/new", fields, { cookie: freelancer }), context);
    expect(saved.status).toBe(302);
    const gig = await t.db.gig.findFirstOrThrow({ where: { freelancerId: world.freelancer.userId }, include: { requirements: true } });
    expect(gig.requirements.sort((a, b) => a.position - b.position).map((r) => [r.position, r.question, r.required, r.allowFile])).toEqual([
      [0, "What is your brand name?", true, false],
      [1, "Your current logo, if you have one", false, true],
    ]);
    const form = await run(editLoader, get(`/gigs/${gig.id}/edit`, freelancer), context, { gigId: gig.id });
    expect(form.body).toMatchObject({
      fields: {
        requirements: [
          { slot: 0, question: "What is your brand name?", required: true, allowFile: false },
          { slot: 1, question: "Your current logo, if you have one", required: false, allowFile: true },
        ],
      },
    });

    const tooLong = gigFormFields(world.logoCategoryId, { intent: "save", "requirements.3.question": "x".repeat(301) });
    const refused = await run(editAction, multipartPost(`/gigs/${gig.id}/edit`, tooLong, { cookie: freelancer }), context, {
      gigId: gig.id,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: { fields: { "requirements.3.question": { key: "gigs:errors.tooLong", params: { max: 300 } } } },
    });
    expect(await t.db.gigRequirement.count({ where: { gigId: gig.id } })).toBe(2);
  });

  it("refuses bad input with field errors on the right slots, stores no gig, and keeps a good upload", async () => {
    const before = await t.db.gig.count();
    const fields = gigFormFields(world.logoCategoryId, {
      titleEn: "<script>alert(1)</script> logo design for you",
      "packages.2.priceRupees": "1500.50",
      "packages.0.priceRupees": "10000001",
      "faqs.0.answerEn": "",
    });
    const result = await run(
      newAction,
      multipartPost("/gigs/new", fields, { cookie: freelancer, files: [{ name: "a.png", type: "image/png", bytes: await samplePng() }] }),
      context,
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: {
        form: { key: "pages:gigForm.errorSummary" },
        fields: {
          titleEn: { key: "gigs:errors.noMarkup" },
          "packages.0.priceRupees": { key: "gigs:errors.priceTooHigh" },
          // The Premium package was the second in the list, but its error is on the Premium slot.
          "packages.2.priceRupees": { key: "gigs:errors.priceWholeRupees" },
          "faqs.0.answerEn": { key: "gigs:errors.faqAnswerMissing" },
        },
      },
    });
    const body = result.body as { fields: { imageIds: string[]; titleEn: string }; images: { id: string; src: string }[] };
    expect(body.fields.titleEn).toContain("<script>");
    // The uploaded image comes back with the form, so it need not be chosen again.
    expect(body.images).toHaveLength(1);
    expect(body.images[0]!.src).toMatch(/^\/media\/gigs\/[0-9a-f]{32}-400\.webp$/);
    expect(await t.db.gig.count()).toBe(before);
  });

  it("refuses a PDF renamed .jpg and a 6 MB file on the images field, storing nothing", async () => {
    const before = { gigs: await t.db.gig.count(), images: await t.db.gigImage.count() };
    const pdf = await run(
      newAction,
      multipartPost("/gigs/new", gigFormFields(world.logoCategoryId), {
        cookie: freelancer,
        files: [{ name: "photo.jpg", type: "image/jpeg", bytes: samplePdf() }],
      }),
      context,
    );
    expect(pdf.status).toBe(400);
    expect(pdf.body).toMatchObject({ errors: { fields: { images: { key: "images:errors.unsupportedType" } } } });
    // The rest of the form is kept for the next try.
    expect(pdf.body).toMatchObject({ fields: { titleEn: gigFormFields("").titleEn } });

    const big = new Uint8Array(6 * 1024 * 1024).fill(7);
    const tooLarge = await run(
      newAction,
      multipartPost("/gigs/new", gigFormFields(world.logoCategoryId), {
        cookie: freelancer,
        files: [{ name: "big.png", type: "image/png", bytes: big }],
      }),
      context,
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({ errors: { fields: { images: { key: "images:errors.tooLarge", params: { maxMb: 5 } } } } });
    expect({ gigs: await t.db.gig.count(), images: await t.db.gigImage.count() }).toEqual(before);
  });

  it("saves a draft, edits it, and lets only its owner open or change it (403 for others)", async () => {
    const saved = await run(
      newAction,
      multipartPost("/gigs/new", gigFormFields(world.logoCategoryId, { intent: "save" }), { cookie: freelancer }),
      context,
    );
    expect(saved.location).toBe("/gigs/mine?done=saved");
    const gig = await t.db.gig.findFirstOrThrow({ where: { freelancerId: world.freelancer.userId } });
    expect(gig.status).toBe("DRAFT");

    const form = await run(editLoader, get(`/gigs/${gig.id}/edit`, freelancer), context, { gigId: gig.id });
    expect(form.body).toMatchObject({
      gig: { id: gig.id, status: "DRAFT" },
      fields: {
        titleEn: gigFormFields("").titleEn,
        packages: [
          { tier: "BASIC", priceRupees: "5000" },
          { tier: "PREMIUM", revisions: "unlimited" },
        ],
      },
    });

    const edited = gigFormFields(world.logoCategoryId, { intent: "save", "packages.0.priceRupees": "6000" });
    const update = await run(editAction, multipartPost(`/gigs/${gig.id}/edit`, edited, { cookie: freelancer }), context, { gigId: gig.id });
    expect(update.status).toBe(302);
    expect(await t.db.gigPackage.findFirstOrThrow({ where: { gigId: gig.id, tier: "BASIC" } })).toMatchObject({ pricePaisa: 600_000 });

    const peek = await run(editLoader, get(`/gigs/${gig.id}/edit`, stranger), context, { gigId: gig.id });
    expect(peek.status).toBe(403);
    const hijack = gigFormFields(world.logoCategoryId, { intent: "save", "packages.0.priceRupees": "1" });
    const refused = await run(editAction, multipartPost(`/gigs/${gig.id}/edit`, hijack, { cookie: stranger }), context, { gigId: gig.id });
    expect(refused.status).toBe(403);
    expect(await t.db.gigPackage.findFirstOrThrow({ where: { gigId: gig.id, tier: "BASIC" } })).toMatchObject({ pricePaisa: 600_000 });
    expect((await run(editLoader, get("/gigs/nope/edit", freelancer), context, { gigId: "nope" })).status).toBe(404);
  });

  it("submits, pauses and resumes from My gigs, refusing a change the gig's state does not allow", async () => {
    await run(
      newAction,
      multipartPost("/gigs/new", gigFormFields(world.logoCategoryId, { intent: "save" }), { cookie: freelancer }),
      context,
    );
    const gig = await t.db.gig.findFirstOrThrow({ where: { freelancerId: world.freelancer.userId } });
    const post = (intent: string, cookie = freelancer) =>
      run(mineAction, multipartPost("/gigs/mine", { intent, gigId: gig.id }, { cookie }), context);

    expect((await post("pause")).status).toBe(409);
    expect((await post("submit")).body).toMatchObject({ done: "submit", status: "PENDING_REVIEW" });
    expect((await post("submit", stranger)).status).toBe(403);
    await t.db.gig.update({ where: { id: gig.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await post("pause")).body).toMatchObject({ done: "pause", status: "PAUSED" });
    expect((await post("resume")).body).toMatchObject({ done: "resume", status: "PUBLISHED" });
  });

  it("sends signed-out visitors to log in and refuses a post without our Origin", async () => {
    const anonymous = await run(newLoader, get("/gigs/new"), context);
    expect(anonymous.location).toBe("/login?redirectTo=%2Fgigs%2Fnew");
    const foreign = new Request("http://hunar.test/gigs/new", {
      method: "POST",
      headers: { Origin: "https://evil.example", Cookie: freelancer },
      body: new URLSearchParams(gigFormFields(world.logoCategoryId)),
    });
    expect((await run(newAction, foreign, context)).status).toBe(403);
    expect(await t.db.gig.count({ where: { freelancerId: world.freelancer.userId } })).toBe(0);
  });
});
