import { createSession } from "@hunar/auth/session";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { resources } from "@hunar/i18n/resources";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { formPost, get, ORIGIN, runRoute, testContext } from "#app/test/action-context.ts";
import { action as certificatesAction } from "./account-certificates.tsx";
import { action as portfolioAction, loader as portfolioLoader } from "./account-portfolio.tsx";
import { action as profileAction, loader as profileLoader } from "./account-profile.tsx";
import { action as verifyAction } from "./admin-verifications.tsx";
import { loader as mediaLoader } from "./profile-media.tsx";
import { loader as sellerLoader } from "./seller-profile.tsx";

const run = runRoute;

/** The Urdu text of an i18n key ("profiles:errors.unknownCity"), as the page would show it. */
function urdu(key: string): string {
  const [namespace = "", path = ""] = key.split(":");
  let node: unknown = (resources.ur as Record<string, unknown>)[namespace];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : "";
}

interface Refusal {
  errors: { fields: Record<string, { key: string }> };
}

const profileFields = (overrides: Record<string, string> = {}) => ({
  _action: "profile",
  headlineUr: "لوگو اور برانڈ ڈیزائنر",
  headlineEn: "",
  bioUr: "میں لاہور سے چھ سال سے لوگو بنا رہی ہوں۔",
  bioEn: "",
  city: "Lahore",
  "level.ur": "NATIVE",
  "level.en": "FLUENT",
  skills: "لوگو ڈیزائن، Illustrator",
  ...overrides,
});

function multipart(
  path: string,
  fields: Record<string, string>,
  file: { field: string; bytes: Uint8Array; name: string; type: string },
  cookie: string,
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append(file.field, new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie }, body });
}

describe.each(testDbKinds())("profile pages without JavaScript, in Urdu, on %s", (kind) => {
  const t = useTestDb(kind);
  const signIn = async (userId: string) => `${SESSION_COOKIE}=${(await createSession(t.db, userId)).token}; lng=ur`;

  it("saves the profile from a plain form and refuses bad fields with Urdu messages, changing nothing", async () => {
    const user = await createTestUser(t.db, "Ayesha Khan", { intent: "WORK" });
    const cookie = await signIn(user.userId);
    const { context } = testContext(t.db);
    expect(await run(profileAction, formPost("/account/profile", profileFields(), { cookie }), context)).toMatchObject({
      status: 200,
      body: { done: true },
    });
    const saved = await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId } });
    expect(saved).toMatchObject({
      city: "Lahore",
      languages: ["ur", "en"],
      skills: ["لوگو ڈیزائن", "Illustrator"],
      headlineUr: "لوگو اور برانڈ ڈیزائنر",
    });

    const refused = await run(
      profileAction,
      formPost("/account/profile", profileFields({ city: "Atlantis", bioUr: "فون کریں 0300-1234567", headlineUr: "ا".repeat(5000) }), {
        cookie,
      }),
      context,
    );
    expect(refused.status).toBe(400);
    const fields = (refused.body as Refusal).errors.fields;
    expect(Object.keys(fields).sort()).toEqual(["bioUr", "city", "headlineUr"]);
    for (const field of Object.values(fields)) expect(urdu(field.key)).toMatch(/[\u0600-\u06FF]/);
    expect((await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId } })).city).toBe("Lahore");

    // The handle, with the one the form showed; a reserved word is refused in Urdu.
    const reserved = await run(
      profileAction,
      formPost("/account/profile", { _action: "handle", handle: "admin", previous: user.handle }, { cookie }),
      context,
    );
    expect(urdu((reserved.body as Refusal).errors.fields.handle?.key ?? "")).toContain("مخصوص");
    expect(
      await run(
        profileAction,
        formPost("/account/profile", { _action: "handle", handle: "ayesha-designs", previous: user.handle }, { cookie }),
        context,
      ),
    ).toMatchObject({
      body: { done: true },
    });
    expect((await run(sellerLoader, get(`/u/${user.handle}`), context, { handle: user.handle })).status).toBe(404);
    const page = await run(sellerLoader, get("/u/ayesha-designs", cookie), context, { handle: "ayesha-designs" });
    expect(page).toMatchObject({
      status: 200,
      body: { person: { name: "Ayesha Khan", headlineUr: "لوگو اور برانڈ ڈیزائنر", city: "Lahore" } },
    });
    expect(await run(sellerLoader, get(`/users/${user.userId}`), context, { userId: user.userId })).toMatchObject({
      status: 301,
      location: "/u/ayesha-designs",
    });

    // Unknown actions and other people's loaders are refused without a change.
    expect((await run(profileAction, formPost("/account/profile", { _action: "<script>" }, { cookie }), context)).status).toBe(400);
    expect((await run(profileLoader, get("/account/profile"), context)).status).toBe(302);
  });

  it("keeps private numbers off the public page and shows the badge once an admin verifies", async () => {
    const user = await createTestUser(t.db, "Usman Tariq", { intent: "WORK" });
    const admin = await createTestUser(t.db, "Admin", { isAdmin: true });
    const { context } = testContext(t.db);
    const cookie = await signIn(user.userId);
    await run(
      profileAction,
      formPost("/account/profile", { _action: "private", cnic: "3520212345671", ntn: "", psebNumber: "PSEB-77" }, { cookie }),
      context,
    );
    const bad = await run(
      profileAction,
      formPost("/account/profile", { _action: "private", cnic: "12", ntn: "", psebNumber: "" }, { cookie }),
      context,
    );
    expect(urdu((bad.body as Refusal).errors.fields.cnic?.key ?? "")).toContain("۱۳");
    const stranger = await createTestUser(t.db, "Curious Stranger");
    expect(
      (
        await run(
          verifyAction,
          formPost(
            "/admin/verifications",
            { userId: user.userId, what: "cnic", reason: "Trust me" },
            { cookie: await signIn(stranger.userId) },
          ),
          context,
        )
      ).status,
    ).toBe(403);
    const adminCookie = await signIn(admin.userId);
    // No reason: the row's field says so in Urdu, keeps nothing typed lost, and nothing changes.
    const unexplained = await run(
      verifyAction,
      formPost("/admin/verifications", { userId: user.userId, what: "cnic", reason: " " }, { cookie: adminCookie }),
      context,
    );
    expect(unexplained).toMatchObject({ status: 400, body: { done: false, item: `${user.userId}:cnic` } });
    expect(urdu((unexplained.body as Refusal).errors.fields.reason?.key ?? "")).toContain("کم از کم");
    expect(await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId }, select: { cnicVerifiedAt: true } })).toEqual({
      cnicVerifiedAt: null,
    });
    expect(await t.db.auditLog.count({ where: { targetId: user.userId } })).toBe(0);
    const verified = await run(
      verifyAction,
      formPost("/admin/verifications", { userId: user.userId, what: "cnic", reason: "Matched the CNIC copy" }, { cookie: adminCookie }),
      context,
    );
    expect(verified.body).toEqual({ done: true });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { targetId: user.userId } })).toMatchObject({
      action: "profile.cnic.verify",
      actorId: admin.userId,
      reason: "Matched the CNIC copy",
      data: { before: { cnicVerifiedAt: null }, after: { cnicVerifiedAt: expect.any(String) as unknown } },
    });
    const page = await run(sellerLoader, get(`/u/${user.handle}`), context, { handle: user.handle });
    expect(page.body).toMatchObject({ person: { badges: { cnicVerified: true, psebVerified: false } } });
    const text = JSON.stringify(page.body);
    expect(text).not.toContain("35202");
    expect(text).not.toContain("PSEB-77");
  });

  it("adds a portfolio item from a multipart form, shows it on /u/:handle, and refuses a page saved as an image", async () => {
    const user = await createTestUser(t.db, "Bilal Ahmed", { intent: "WORK" });
    const cookie = await signIn(user.userId);
    const { context } = testContext(t.db);
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#0a7" } })
      .png()
      .toBuffer();
    const fields = { _action: "add", title: "کراچی بریانی ہاؤس کا لوگو", description: "", link: "https://example.pk/biryani" };
    const refused = await run(
      portfolioAction,
      multipart(
        "/account/profile/portfolio",
        fields,
        { field: "image", bytes: Buffer.from("<html></html>"), name: "work.png", type: "image/png" },
        cookie,
      ),
      context,
    );
    expect(urdu((refused.body as Refusal).errors.fields.image?.key ?? "")).toMatch(/[\u0600-\u06FF]/);
    expect(
      await run(
        portfolioAction,
        multipart("/account/profile/portfolio", fields, { field: "image", bytes: png, name: "work.png", type: "image/png" }, cookie),
        context,
      ),
    ).toMatchObject({
      body: { done: true },
    });
    const page = await run(sellerLoader, get(`/u/${user.handle}`), context, { handle: user.handle });
    const [item] = (page.body as { person: { portfolio: { id: string; title: string; link: string; image: { src: string } }[] } }).person
      .portfolio;
    expect(item).toMatchObject({ title: "کراچی بریانی ہاؤس کا لوگو", link: "https://example.pk/biryani" });
    const image = await run(mediaLoader, get(item?.image.src ?? ""), context, { kind: "portfolio", id: item?.id ?? "", size: "480" });
    expect(image).toMatchObject({ status: 200 });
    // Someone else cannot remove it; the owner can, and its image is gone.
    const other = await createTestUser(t.db, "Other Person");
    const notYours = await run(
      portfolioAction,
      formPost("/account/profile/portfolio", { _action: "remove", id: item?.id ?? "" }, { cookie: await signIn(other.userId) }),
      context,
    );
    expect(notYours.status).toBe(404);
    await run(portfolioAction, formPost("/account/profile/portfolio", { _action: "remove", id: item?.id ?? "" }, { cookie }), context);
    expect((await run(portfolioLoader, get("/account/profile/portfolio", cookie), context)).body).toMatchObject({ items: [] });
    expect((await run(mediaLoader, get("/x"), context, { kind: "portfolio", id: item?.id ?? "", size: "480" })).status).toBe(404);
    // A certificate without a file is fine; a bad date is refused in Urdu.
    const date = await run(
      certificatesAction,
      formPost(
        "/account/profile/certificates",
        { _action: "add", title: "فری لانسنگ", issuer: "DigiSkills.pk", issuedOn: "2024-02-30" },
        { cookie },
      ),
      context,
    );
    expect(urdu((date.body as Refusal).errors.fields.issuedOn?.key ?? "")).toMatch(/[\u0600-\u06FF]/);
  });
});
