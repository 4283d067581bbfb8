import { join } from "node:path";
import { tmpdir } from "node:os";
import { minimalPdf } from "@hunar/chat/attachments/testing/sample-files";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "@hunar/gigs/testing/gig-fixtures";
import { ensureFeeSchedule } from "@hunar/payments/testing/payment-fixtures";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { get, ORIGIN, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as checkoutAction, loader as checkoutLoader } from "./checkout.tsx";

// Answer files go to a folder of this test's own instead of the app's data directory.
const storageDir = vi.hoisted(() => `hunar-test-checkout-files-${crypto.randomUUID()}`);
vi.mock("@hunar/orders/work/default-storage", async () => {
  const { LocalDiskUploadStorage } = await import("@hunar/core/upload-storage");
  const storage = new LocalDiskUploadStorage(join(tmpdir(), storageDir), "deliveries");
  return { deliveryFileStorage: () => storage };
});

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** The checkout form as a browser sends it: multipart, with files under their answers' names. */
function checkoutPost(path: string, fields: [string, string][], files: [string, string, Uint8Array][], cookie: string): Request {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  for (const [name, fileName, bytes] of files) body.append(name, new File([new Uint8Array(bytes)], fileName));
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie }, body });
}

describe.each(testDbKinds())("checkout with extras and requirement questions on %s", (kind) => {
  const t = useTestDb(kind);
  let world: GigWorld;
  let context: Context;
  let gigId: string;
  let cookie: string;
  let clientId: string;
  let express: string;
  let sourceFiles: string;
  const page = (query: string) => run(checkoutLoader, get(`/checkout/${gigId}?${query}`, cookie), context, { gigId });

  beforeEach(async () => {
    world = await createGigWorld(t.db);
    await ensureFeeSchedule(t.db);
    gigId = (
      await publishedGig(t.db, world, {
        extras: [
          { titleEn: "Express delivery", priceRupees: 2000, extraDays: 0 },
          { titleEn: "Source files", priceRupees: 1500, extraDays: 2 },
        ],
        requirements: [
          { question: "What is your brand name?", required: true, allowFile: false },
          { question: "Your current logo, if you have one", required: false, allowFile: true },
        ],
      })
    ).id;
    [express, sourceFiles] = (await t.db.gigExtra.findMany({ where: { gigId }, orderBy: { position: "asc" } })).map((e) => e.id) as [
      string,
      string,
    ];
    context = testContext(t.db).context;
    clientId = (await createPerson(t.db, "Sana Tariq")).userId;
    cookie = await sessionCookie(t.db, clientId);
  });

  it("quotes the extras in the address (the no-JavaScript update), and keeps them through ?package=", async () => {
    const plain = await page("tier=BASIC");
    expect(plain.body).toMatchObject({
      chosenExtraIds: [],
      extras: [{ id: express, titleEn: "Express delivery" }, { id: sourceFiles }],
      questions: [
        { position: 0, required: true, allowFile: false },
        { position: 1, required: false, allowFile: true },
      ],
      figures: { subtotalPaisa: 500_000, clientFeePaisa: 10_000, totalPaisa: 510_000, deliveryDays: 3 },
      rates: { clientFeeBps: 200 },
    });
    const both = await page(`tier=BASIC&extra=${express}&extra=${sourceFiles}`);
    expect(both.body).toMatchObject({
      chosenExtraIds: [express, sourceFiles],
      figures: { subtotalPaisa: 850_000, clientFeePaisa: 17_000, totalPaisa: 867_000, deliveryDays: 5 },
      extrasError: null,
    });
    const fromGigPage = await page(`package=STANDARD&extra=${sourceFiles}`);
    expect(fromGigPage).toMatchObject({ status: 302, location: `/checkout/${gigId}?tier=STANDARD&extra=${sourceFiles}` });
    // An extra the gig does not offer (an old link): the package alone, and a word about it.
    const stale = await page("tier=BASIC&extra=gone");
    expect(stale.body).toMatchObject({
      chosenExtraIds: [],
      figures: { totalPaisa: 510_000 },
      extrasError: { key: "payments:errors.checkout.extraUnavailable" },
    });
  });

  it("places the order with the extras and the answers (a file included) and starts it at payment", async () => {
    const posted = await run(
      checkoutAction,
      checkoutPost(
        `/checkout/${gigId}?tier=BASIC&extra=${sourceFiles}`,
        [
          ["tier", "BASIC"],
          ["extra", sourceFiles],
          ["answers.0.answer", "Hunar Chai"],
          ["answers.1.answer", ""],
          ["method", "sandbox"],
        ],
        [["answers.1.file", "old logo.pdf", minimalPdf()]],
        cookie,
      ),
      context,
      { gigId },
    );
    expect(posted).toMatchObject({ status: 302, location: expect.stringMatching(/^\/orders\/[^/?]+\?done=sandbox$/) as unknown });
    const order = await t.db.order.findFirstOrThrow({
      where: { clientId },
      include: { extras: true, requirementAnswers: { include: { attachments: true }, orderBy: { position: "asc" } } },
    });
    expect(order).toMatchObject({ status: "IN_PROGRESS", subtotalPaisa: 650_000, totalPaisa: 663_000, deliveryDays: 5 });
    expect(order.extras).toMatchObject([{ gigExtraId: sourceFiles, titleEn: "Source files", pricePaisa: 150_000, extraDays: 2 }]);
    expect(order.requirementAnswers.map((q) => [q.answer, q.attachments.map((a) => a.fileName)])).toEqual([
      ["Hunar Chai", []],
      [null, ["old logo.pdf"]],
    ]);
    expect(order.requirementsSubmittedAt).toEqual(order.fundedAt);
  });

  it("refuses a bad file, someone else's extra or a bad answer on its field, placing nothing; a stored file is kept for the retry", async () => {
    const post = (fields: [string, string][], files: [string, string, Uint8Array][] = []) =>
      run(
        checkoutAction,
        checkoutPost(`/checkout/${gigId}?tier=BASIC`, [["tier", "BASIC"], ["method", "sandbox"], ...fields], files, cookie),
        context,
        {
          gigId,
        },
      );
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const badFile = await post([["answers.0.answer", "Hunar Chai"]], [["answers.1.file", "logo.pdf", html]]);
    expect(badFile).toMatchObject({
      status: 400,
      body: { errors: { fields: { "answers.1.file": { key: "chat:errors.attachments.unsupportedType" } } } },
    });

    const other = await publishedGig(t.db, world, { extras: [{ titleEn: "Not this gig's", priceRupees: 100, extraDays: 0 }] });
    const foreign = (await t.db.gigExtra.findFirstOrThrow({ where: { gigId: other.id } })).id;
    const foreignExtra = await post([
      ["extra", foreign],
      ["answers.0.answer", "Hunar Chai"],
    ]);
    expect(foreignExtra).toMatchObject({
      status: 400,
      body: { errors: { fields: { extraIds: { key: "payments:errors.checkout.extraUnavailable" } } } },
    });

    // A good file with an answer that is too long: the file comes back stored, to be sent again as it is.
    const tooLong = await post([["answers.0.answer", "x".repeat(5_001)]], [["answers.1.file", "old logo.pdf", minimalPdf()]]);
    expect(tooLong).toMatchObject({
      status: 400,
      body: { errors: { fields: { "answers.0.answer": { key: "orders:errors.requirements.answerTooLong", params: { max: 5_000 } } } } },
    });
    const kept = (tooLong.body as { values: { answers: { position: number; file: { id: string; fileName: string } | null }[] } }).values
      .answers[1]?.file;
    expect(kept).toMatchObject({ fileName: "old logo.pdf" });
    expect(await t.db.order.count({ where: { clientId } })).toBe(0);

    const retry = await post([
      ["answers.0.answer", "Hunar Chai"],
      ["answers.1.attachmentId", kept?.id ?? ""],
      ["answers.1.fileName", kept?.fileName ?? ""],
    ]);
    expect(retry).toMatchObject({ status: 302 });
    const order = await t.db.order.findFirstOrThrow({
      where: { clientId },
      include: { requirementAnswers: { include: { attachments: true } } },
    });
    expect(order.requirementAnswers.flatMap((q) => q.attachments.map((a) => a.id))).toEqual([kept?.id]);
  });
});
