import { animatedWebp, frameBombGif } from "@hunar/core/images/testing/sample-images";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCertificate, moveCertificate, removeCertificate } from "./certificates/certificates.ts";
import { removeAvatar, setAvatar } from "./images/avatar.ts";
import { MAX_PORTFOLIO_ITEMS } from "./images/limits.ts";
import { imageVariantKey } from "./images/profile-files.ts";
import { addPortfolioItem, movePortfolioItem, removePortfolioItem, reorderPortfolio, updatePortfolioItem } from "./portfolio/portfolio.ts";
import { profileFilesInUse } from "./profile-files-in-use.ts";
import { findProfileMedia } from "./profile-media.ts";
import { loadPublicProfile } from "./public-profile.ts";
import { updateProfile } from "./update-profile.ts";
import { htmlAsImage, sampleJpeg, samplePdf, samplePng, temporaryProfileStorage } from "./testing/sample-files.ts";

const text = (title: string, link: string | null = null) => ({ title, description: "لاہور کے ایک ریستوران کے لیے", link });

describe.each(testDbKinds())("portfolio, certificates and photo on %s", (kind) => {
  const t = useTestDb(kind);
  let files: Awaited<ReturnType<typeof temporaryProfileStorage>>;
  let png: Buffer;
  beforeAll(async () => {
    files = await temporaryProfileStorage();
    png = await samplePng(640, 480);
  });
  afterAll(() => files.close());

  it("adds, edits, reorders and removes portfolio items, with the image re-encoded and its files removed", async () => {
    const user = await createTestUser(t.db, "Ayesha Khan");
    const first = await addPortfolioItem(t.db, files.storage, {
      userId: user.userId,
      bytes: await sampleJpeg(),
      text: text("Karachi Biryani House logo", "https://example.pk/work"),
    });
    const second = await addPortfolioItem(t.db, files.storage, { userId: user.userId, bytes: png, text: text("Boutique brand") });
    const row = await t.db.portfolioItem.findUniqueOrThrow({ where: { id: first.id } });
    const stored = await readFile(join(files.root, imageVariantKey(row.imageKey, 1200)));
    const metadata = await sharp(stored).metadata();
    expect(metadata.format).toBe("webp");
    expect(metadata.exif).toBeUndefined();
    expect(row).toMatchObject({ link: "https://example.pk/work", position: 0, imageWidth: 800, imageHeight: 600 });

    await movePortfolioItem(t.db, user.userId, { id: second.id, direction: "up" });
    expect((await loadPublicProfile(t.db, { id: user.userId }))?.portfolio.map((item) => item.id)).toEqual([second.id, first.id]);
    await reorderPortfolio(t.db, user.userId, { ids: [first.id, second.id] });
    await expect(reorderPortfolio(t.db, user.userId, { ids: [first.id] })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await updatePortfolioItem(t.db, user.userId, { id: first.id, title: "Biryani House", description: "", link: "" });
    expect(await t.db.portfolioItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      title: "Biryani House",
      description: null,
      link: null,
    });

    await removePortfolioItem(t.db, files.storage, user.userId, first.id);
    await expect(readFile(join(files.root, imageVariantKey(row.imageKey, 1200)))).rejects.toMatchObject({ code: "ENOENT" });
    expect(await profileFilesInUse(t.db, [imageVariantKey(row.imageKey, 480)])).toEqual(new Set());
  });

  it("refuses other people's items, plain-http or javascript links, and files that are not images", async () => {
    const owner = await createTestUser(t.db, "Owner One");
    const other = await createTestUser(t.db, "Other One");
    const item = await addPortfolioItem(t.db, files.storage, { userId: owner.userId, bytes: png, text: text("Mine") });
    await expect(updatePortfolioItem(t.db, other.userId, { id: item.id, title: "Stolen", link: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removePortfolioItem(t.db, files.storage, other.userId, item.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(movePortfolioItem(t.db, other.userId, { id: item.id, direction: "up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const link of ["http://example.pk", "javascript:alert(1)", "https://user:pw@example.pk", "https://localhost"]) {
      await expect(
        addPortfolioItem(t.db, files.storage, { userId: owner.userId, bytes: png, text: text("Bad link", link) }),
      ).rejects.toMatchObject({
        fields: { link: { key: "profiles:errors.linkHttps" } },
      });
    }
    for (const [bytes, key] of [
      [htmlAsImage(), "profiles:errors.file.unsupportedType"],
      [samplePdf(), "profiles:errors.file.unsupportedType"],
      [Buffer.alloc(0), "profiles:errors.file.empty"],
      [await samplePng(50, 50), "profiles:errors.file.tooSmall"],
      [await animatedWebp(3, 300), "profiles:errors.file.animated"],
      [frameBombGif(2000), "profiles:errors.file.unsupportedType"],
    ] as const) {
      await expect(addPortfolioItem(t.db, files.storage, { userId: owner.userId, bytes, text: text("Bad file") })).rejects.toMatchObject({
        fields: { image: { key } },
      });
    }
    expect(await t.db.portfolioItem.count({ where: { userId: owner.userId } })).toBe(1);
  });

  it(`holds at most ${MAX_PORTFOLIO_ITEMS} items, even when the last ones arrive together`, async () => {
    const user = await createTestUser(t.db, "Busy Person");
    for (let i = 0; i < MAX_PORTFOLIO_ITEMS - 1; i += 1) {
      await t.db.profile.upsert({ where: { userId: user.userId }, create: { userId: user.userId }, update: {} });
      await t.db.portfolioItem.create({
        data: { userId: user.userId, title: `Work ${i}`, imageKey: `${i}`.padStart(32, "f"), imageWidth: 10, imageHeight: 10, position: i },
      });
    }
    const results = await Promise.allSettled(
      [1, 2].map(() => addPortfolioItem(t.db, files.storage, { userId: user.userId, bytes: png, text: text("One more") })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "INVALID_STATE", messageKey: "profiles:errors.tooManyPortfolioItems" },
    });
    expect(await t.db.portfolioItem.count({ where: { userId: user.userId } })).toBe(MAX_PORTFOLIO_ITEMS);
  });

  it("stores a certificate's file by its content: a PDF as sent, an image re-encoded, anything else refused", async () => {
    const user = await createTestUser(t.db, "Certified Person");
    const pdf = await addCertificate(t.db, files.storage, {
      userId: user.userId,
      text: { title: "Freelancing", issuer: "DigiSkills.pk", issuedOn: "2024-03-15" },
      file: { bytes: samplePdf(), name: "../../etc/My Certificate.jpg" },
    });
    const image = await addCertificate(t.db, files.storage, {
      userId: user.userId,
      text: { title: "Graphic Design", issuer: "DigiSkills.pk" },
      file: { bytes: png, name: "x.pdf" },
    });
    const none = await addCertificate(t.db, files.storage, {
      userId: user.userId,
      text: { title: "WordPress", issuer: "NAVTTC", issuedOn: "" },
    });
    expect(await t.db.certificate.findUniqueOrThrow({ where: { id: pdf.id } })).toMatchObject({
      fileMime: "application/pdf",
      fileName: "My Certificate.pdf",
    });
    expect(await t.db.certificate.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({
      fileMime: "image/webp",
      fileName: "x.webp",
    });
    expect(await findProfileMedia(t.db, { kind: "certificate", id: pdf.id }, null)).toMatchObject({
      contentType: "application/pdf",
      isPublic: true,
    });
    await expect(
      addCertificate(t.db, files.storage, {
        userId: user.userId,
        text: { title: "Fake", issuer: "Nobody" },
        file: { bytes: htmlAsImage(), name: "c.pdf" },
      }),
    ).rejects.toMatchObject({ fields: { file: { key: "profiles:errors.file.unsupportedType" } } });
    await expect(
      addCertificate(t.db, files.storage, { userId: user.userId, text: { title: "Future", issuer: "Nobody", issuedOn: "2999-01-01" } }),
    ).rejects.toMatchObject({
      fields: { issuedOn: { key: "profiles:errors.issuedOnFuture" } },
    });
    await moveCertificate(t.db, user.userId, { id: none.id, direction: "up" });
    expect((await loadPublicProfile(t.db, { id: user.userId }))?.certificates.map((c) => c.id)).toEqual([pdf.id, none.id, image.id]);
    const other = await createTestUser(t.db, "Someone Else");
    await expect(removeCertificate(t.db, files.storage, other.userId, pdf.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeCertificate(t.db, files.storage, user.userId, pdf.id);
    expect(await findProfileMedia(t.db, { kind: "certificate", id: pdf.id }, null)).toBeNull();
  });

  it("crops the photo square in each size and hides it from others when only the first name is shown", async () => {
    const user = await createTestUser(t.db, "Photo Person");
    const { avatarKey } = await setAvatar(t.db, files.storage, { userId: user.userId, bytes: png });
    const small = await sharp(await readFile(join(files.root, imageVariantKey(avatarKey, 96)))).metadata();
    expect([small.width, small.height, small.format]).toEqual([96, 96, "webp"]);
    expect(await findProfileMedia(t.db, { kind: "photo", id: user.userId, size: "256" }, null)).toMatchObject({ isPublic: true });
    expect(await findProfileMedia(t.db, { kind: "photo", id: user.userId, size: "999" }, null)).toBeNull();

    await updateProfile(t.db, user.userId, { city: null, languages: [], skills: [], showFirstNameOnly: true });
    expect(await findProfileMedia(t.db, { kind: "photo", id: user.userId, size: "256" }, null)).toBeNull();
    expect(await findProfileMedia(t.db, { kind: "photo", id: user.userId, size: "256" }, user.userId)).toMatchObject({ isPublic: false });

    const replaced = await setAvatar(t.db, files.storage, { userId: user.userId, bytes: png });
    await expect(readFile(join(files.root, imageVariantKey(avatarKey, 96)))).rejects.toMatchObject({ code: "ENOENT" });
    await removeAvatar(t.db, files.storage, user.userId);
    await expect(readFile(join(files.root, imageVariantKey(replaced.avatarKey, 96)))).rejects.toMatchObject({ code: "ENOENT" });
    expect(await findProfileMedia(t.db, { kind: "photo", id: "\u0000", size: "96" }, null)).toBeNull();
  });
});
