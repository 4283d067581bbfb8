import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createAnsweredDispute, createDisputeWorld, type DisputeWorld } from "@hunar/disputes/testing/dispute-fixtures";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { createDeliveredOrder } from "@hunar/orders/testing/order-fixtures";
import { orderFileHref } from "@hunar/orders/work/order-file-href";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formPost, get, ORIGIN, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { loader as adminDisputeLoader, action as adminDisputeAction } from "./admin-dispute.tsx";
import { loader as queueLoader } from "./admin-disputes.tsx";
import { action as openAction, loader as openLoader } from "./dispute-open.tsx";
import { action as disputeAction, loader as disputeLoader } from "./dispute.tsx";
import { loader as fileLoader } from "./order-file.tsx";
import { loader as orderLoader } from "./order.tsx";

// Evidence goes to a folder of this test's own instead of the app's data directory.
const storageDir = vi.hoisted(() => `hunar-test-evidence-${crypto.randomUUID()}`);
vi.mock("@hunar/orders/work/default-storage", async () => {
  const { LocalDiskUploadStorage } = await import("@hunar/core/upload-storage");
  const storage = new LocalDiskUploadStorage(join(tmpdir(), storageDir), "deliveries");
  return { deliveryFileStorage: () => storage };
});

type Context = ReturnType<typeof testContext>["context"];

function multipartPost(
  path: string,
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array }[],
  cookie: string,
): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const file of files) body.append("files", new File([new Uint8Array(file.bytes)], file.name));
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie }, body });
}

describe.each(testDbKinds())("dispute pages on %s", (kind) => {
  const t = useTestDb(kind);
  let w: DisputeWorld;
  let context: Context;
  const cookies = { client: "", freelancer: "", stranger: "", admin: "", second: "" };
  let png: Uint8Array;

  beforeAll(async () => {
    w = await createDisputeWorld(t.db);
    context = testContext(t.db).context;
    const people = { client: w.client, freelancer: w.freelancer, stranger: w.stranger, admin: w.admin, second: w.secondAdmin };
    for (const name of Object.keys(cookies) as (keyof typeof cookies)[]) cookies[name] = await sessionCookie(t.db, people[name].userId);
    png = new Uint8Array(
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c0392b" } })
        .png()
        .toBuffer(),
    );
  });

  it("lets a party open a dispute with an image from the order page; the file downloads for the parties and admins only", async () => {
    const order = await createDeliveredOrder(t.db, w);
    const orderPage = await runRoute(orderLoader, get(`/orders/${order.id}`, cookies.client), context, { orderId: order.id });
    expect(orderPage.body).toMatchObject({ dispute: null });
    expect((orderPage.body as { transitions: string[] }).transitions).toContain("openDispute");
    expect(
      (await runRoute(openLoader, get(`/orders/${order.id}/dispute`, cookies.client), context, { orderId: order.id })).body,
    ).toMatchObject({
      openable: true,
    });
    const path = `/orders/${order.id}/dispute`;
    const stranger = await runRoute(
      openAction,
      multipartPost(
        path,
        { reason: "OTHER", description: "Nothing was delivered to me at all." },
        [{ name: "x.png", bytes: png }],
        cookies.stranger,
      ),
      context,
      { orderId: order.id },
    );
    expect(stranger.status).toBe(404);
    expect(await t.db.attachment.count({ where: { uploaderId: w.stranger.userId } })).toBe(0);

    const short = await runRoute(
      openAction,
      multipartPost(path, { reason: "OTHER", description: "bad" }, [{ name: "proof.png", bytes: png }], cookies.client),
      context,
      {
        orderId: order.id,
      },
    );
    expect(short).toMatchObject({ status: 400, body: { errors: { fields: { description: { key: "disputes:errors.tooShort" } } } } });
    expect(await t.db.attachment.count({ where: { uploaderId: w.client.userId, evidenceId: null } })).toBe(0);

    const opened = await runRoute(
      openAction,
      multipartPost(
        path,
        { reason: "NOT_AS_DESCRIBED", description: "The colours are wrong and the Urdu text is missing." },
        [{ name: "proof.png", bytes: png }],
        cookies.client,
      ),
      context,
      { orderId: order.id },
    );
    expect(opened.status).toBe(302);
    const disputeId = /\/disputes\/([^?]+)/.exec(opened.location ?? "")?.[1] ?? "";
    const page = await runRoute(disputeLoader, get(`/disputes/${disputeId}`, cookies.freelancer), context, { disputeId });
    const posts = (page.body as { posts: { files: { id: string }[] }[] }).posts;
    const fileId = posts[0]?.files[0]?.id ?? "";
    expect(fileId).not.toBe("");
    const download = (cookie?: string) =>
      runRoute(fileLoader, get(orderFileHref(order.id, fileId), cookie), context, { orderId: order.id, attachmentId: fileId });
    expect((await download(cookies.freelancer)).status).toBe(200);
    expect((await download(cookies.admin)).status).toBe(200);
    expect((await download(cookies.stranger)).status).toBe(404);
    expect((await runRoute(disputeLoader, get(`/disputes/${disputeId}`, cookies.stranger), context, { disputeId })).status).toBe(404);
    expect((await runRoute(orderLoader, get(`/orders/${order.id}`, cookies.client), context, { orderId: order.id })).body).toMatchObject({
      dispute: { id: disputeId },
      order: { status: "DISPUTED" },
    });
  });

  it("answers, proposes and settles through the party page's forms; a split that does not add up is a field error", async () => {
    const { order, disputeId } = await createAnsweredDispute(t.db, w);
    const path = `/disputes/${disputeId}`;
    const post = (intent: string, fields: Record<string, string>, cookie: string) =>
      runRoute(disputeAction, formPost(`${path}?intent=${intent}`, fields, { cookie }), context, { disputeId });
    const tampered = await post("propose", { freelancerRupees: "10", escrowPaisa: "1" }, cookies.freelancer);
    expect(tampered).toMatchObject({
      status: 400,
      body: { errors: { fields: { clientPaisa: { key: "disputes:errors.amountNegative" } } } },
    });
    const rupees = order.subtotalPaisa / 100 / 2;
    const proposed = await post(
      "propose",
      { freelancerRupees: String(rupees), escrowPaisa: String(order.subtotalPaisa) },
      cookies.freelancer,
    );
    expect(proposed).toMatchObject({ status: 302, location: `${path}?done=propose` });
    const proposal = await t.db.disputeProposal.findFirstOrThrow({ where: { disputeId } });
    expect(proposal).toMatchObject({ freelancerPaisa: order.subtotalPaisa / 2, clientPaisa: order.subtotalPaisa / 2 });
    const wallet = (await getUserBalances(t.db, w.client.userId)).wallet;
    expect(await post("answerProposal", { proposalId: proposal.id, answer: "accept" }, cookies.client)).toMatchObject({
      location: `${path}?done=settled`,
    });
    expect((await getUserBalances(t.db, w.client.userId)).wallet - wallet).toBe(BigInt(order.subtotalPaisa / 2));
    expect(await post("nonsense", {}, cookies.client)).toMatchObject({ status: 400 });
    expect((await post("appeal", { reason: "I want to appeal this." }, cookies.client)).body).toMatchObject({
      errors: { form: { key: "disputes:errors.appeal.agreed" } },
    });
  });

  it("is for admins only at /admin/disputes; an admin decides a split with a reason and a different admin decides the appeal", async () => {
    const { order, disputeId } = await createAnsweredDispute(t.db, w);
    expect((await runRoute(queueLoader, get("/admin/disputes"), context)).status).toBe(302);
    expect((await runRoute(queueLoader, get("/admin/disputes", cookies.client), context)).status).toBe(403);
    const queue = await runRoute(queueLoader, get("/admin/disputes", cookies.admin), context);
    expect((queue.body as { disputes: { id: string }[] }).disputes.map((d) => d.id)).toContain(disputeId);
    expect(
      (await runRoute(adminDisputeLoader, get(`/admin/disputes/${disputeId}`, cookies.freelancer), context, { disputeId })).status,
    ).toBe(403);

    const adminPath = `/admin/disputes/${disputeId}`;
    const decide = (intent: string, fields: Record<string, string>, cookie: string) =>
      runRoute(adminDisputeAction, formPost(`${adminPath}?intent=${intent}`, fields, { cookie }), context, { disputeId });
    const rupees = String((order.subtotalPaisa * 0.6) / 100);
    const noReason = await decide(
      "decide",
      { resolution: "SPLIT", freelancerRupees: rupees, escrowPaisa: String(order.subtotalPaisa), reason: "" },
      cookies.admin,
    );
    expect(noReason).toMatchObject({
      status: 400,
      body: { errors: { fields: { reason: { key: "disputes:errors.decisionReasonRequired" } } } },
    });
    expect((await t.db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe("UNDER_REVIEW");
    const reason = "Two of three files were delivered, so 60 percent is fair.";
    const decided = await decide(
      "decide",
      { resolution: "SPLIT", freelancerRupees: rupees, escrowPaisa: String(order.subtotalPaisa), reason },
      cookies.admin,
    );
    expect(decided).toMatchObject({ status: 302, location: `${adminPath}?done=decide` });
    expect(await t.db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      resolution: "SPLIT",
      releasedPaisa: order.subtotalPaisa * 0.6,
    });

    const appealed = await runRoute(
      disputeAction,
      formPost(`/disputes/${disputeId}?intent=appeal`, { reason: "The third file was sent in the chat." }, { cookie: cookies.freelancer }),
      context,
      { disputeId },
    );
    expect(appealed.status).toBe(302);
    const same = await decide(
      "decideAppeal",
      { resolution: "SPLIT", freelancerRupees: rupees, escrowPaisa: String(order.subtotalPaisa), reason },
      cookies.admin,
    );
    expect(same.body).toMatchObject({ errors: { form: { key: "disputes:errors.appeal.sameAdmin" } } });
    const confirmed = await decide(
      "decideAppeal",
      { resolution: "SPLIT", freelancerRupees: rupees, escrowPaisa: String(order.subtotalPaisa), reason },
      cookies.second,
    );
    expect(confirmed.status).toBe(302);
    const audit = await t.db.auditLog.findMany({ where: { targetId: disputeId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["dispute.decide", w.admin.userId],
      ["dispute.appeal.decide", w.secondAdmin.userId],
    ]);
  });
});
