import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAppError } from "@hunar/core/app-error";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachGigImages, reserveGigImagesForRevision } from "./attach-gig-images.ts";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createDraftGig, createFreelancer } from "./testing/fixtures.ts";
import { samplePng } from "./testing/sample-images.ts";
import { uploadGigImage } from "./upload-gig-image.ts";

async function fieldKey(promise: Promise<unknown>, field = "imageIds"): Promise<string | undefined> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.fields?.[field]?.key;
}

describe.each(testDbKinds())("attaching gig images on %s", (kind) => {
  const t = useTestDb(kind);
  let dir: string;
  let storage: LocalDiskUploadStorage;
  let png: Buffer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-attach-"));
    storage = new LocalDiskUploadStorage(dir, "gig-images");
    png = await samplePng(200, 200);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const upload = async (uploaderId: string) => (await uploadGigImage(t.db, storage, { uploaderId, bytes: png })).id;
  const gigImages = (gigId: string) =>
    t.db.gigImage.findMany({ where: { gigId }, orderBy: { position: "asc" }, select: { id: true, position: true } });

  it("puts the owner's uploads on the gig in the given order, and re-orders and drops later", async () => {
    const owner = await createFreelancer(t.db);
    const gigId = await createDraftGig(t.db, owner);
    const [a, b, c] = [await upload(owner), await upload(owner), await upload(owner)];

    await t.db.$transaction((tx) => attachGigImages(tx, { ownerId: owner, gigId, imageIds: [b, a, b] }));
    expect(await gigImages(gigId)).toEqual([
      { id: b, position: 0 },
      { id: a, position: 1 },
    ]);

    await t.db.$transaction((tx) => attachGigImages(tx, { ownerId: owner, gigId, imageIds: [c, b] }));
    expect(await gigImages(gigId)).toEqual([
      { id: c, position: 0 },
      { id: b, position: 1 },
    ]);
    // Dropped, not deleted: the cleanup removes it (and its files) later.
    expect(await t.db.gigImage.findUnique({ where: { id: a }, select: { gigId: true } })).toEqual({ gigId: null });
  });

  it("refuses someone else's upload, an image on another gig, an unknown id and a sixth image", async () => {
    const owner = await createFreelancer(t.db);
    const stranger = await createFreelancer(t.db);
    const gigId = await createDraftGig(t.db, owner);
    const otherGig = await createDraftGig(t.db, owner);
    const mine = await upload(owner);
    const theirs = await upload(stranger);
    const onOtherGig = await upload(owner);
    await attachGigImages(t.db, { ownerId: owner, gigId: otherGig, imageIds: [onOtherGig] });

    const attach = (imageIds: string[]) => t.db.$transaction((tx) => attachGigImages(tx, { ownerId: owner, gigId, imageIds }));
    expect(await fieldKey(attach([mine, theirs]))).toBe("images:errors.unknownImage");
    expect(await fieldKey(attach([onOtherGig]))).toBe("images:errors.unknownImage");
    expect(await fieldKey(attach(["nope"]))).toBe("images:errors.unknownImage");
    // One after another, as a form's files are: a person's third image at once would be refused (busy).
    const six = [mine];
    for (let i = 0; i < 5; i += 1) six.push(await upload(owner));
    expect(await fieldKey(attach(six))).toBe("images:errors.tooManyImages");

    expect(await gigImages(gigId)).toEqual([]);
    expect(await gigImages(otherGig)).toEqual([{ id: onOtherGig, position: 0 }]);
  });

  it("gives an upload to exactly one gig when two saves claim it at once", async () => {
    const owner = await createFreelancer(t.db);
    const [first, second] = [await createDraftGig(t.db, owner), await createDraftGig(t.db, owner)];
    const shared = await upload(owner);
    const results = await Promise.allSettled(
      [first, second].map((gigId) => t.db.$transaction((tx) => attachGigImages(tx, { ownerId: owner, gigId, imageIds: [shared] }))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(isAppError(refused?.reason) && refused.reason.fields?.imageIds?.key).toBe("images:errors.unknownImage");
    const owners = await t.db.gigImage.findMany({ where: { id: shared }, select: { gigId: true } });
    expect(owners).toHaveLength(1);
    expect([first, second]).toContain(owners[0]?.gigId);
  });

  it("keeps an edit's new images with its revision and makes them live on approval", async () => {
    const owner = await createFreelancer(t.db);
    const gigId = await createDraftGig(t.db, owner);
    const live = await upload(owner);
    await attachGigImages(t.db, { ownerId: owner, gigId, imageIds: [live] });
    const revision = await t.db.gigRevision.create({ data: { gigId, data: {} } });
    const added = await upload(owner);

    await t.db.$transaction((tx) =>
      reserveGigImagesForRevision(tx, { ownerId: owner, gigId, revisionId: revision.id, imageIds: [added, live] }),
    );
    // The public listing still shows only the approved image.
    expect(await gigImages(gigId)).toEqual([{ id: live, position: 0 }]);
    expect(await t.db.gigImage.findUnique({ where: { id: added }, select: { gigId: true, revisionId: true } })).toEqual({
      gigId: null,
      revisionId: revision.id,
    });

    // Approval: the revision's list becomes the live one.
    await t.db.$transaction((tx) => attachGigImages(tx, { ownerId: owner, gigId, imageIds: [added, live] }));
    expect(await gigImages(gigId)).toEqual([
      { id: added, position: 0 },
      { id: live, position: 1 },
    ]);
    expect(await t.db.gigImage.findUnique({ where: { id: added }, select: { revisionId: true } })).toEqual({
      revisionId: null,
    });
  });

  it("does not let a revision claim another user's upload", async () => {
    const owner = await createFreelancer(t.db);
    const gigId = await createDraftGig(t.db, owner);
    const revision = await t.db.gigRevision.create({ data: { gigId, data: {} } });
    const theirs = await upload(await createFreelancer(t.db));
    const reserve = reserveGigImagesForRevision(t.db, { ownerId: owner, gigId, revisionId: revision.id, imageIds: [theirs] });
    expect(await fieldKey(reserve)).toBe("images:errors.unknownImage");
  });
});
