import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SessionUser } from "@hunar/auth/session-user";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "@hunar/orders/testing/order-fixtures";
import { minimalPdf } from "@hunar/orders/testing/sample-files";
import { orderFileHref } from "@hunar/orders/work/order-file-href";
import { setTimeout as sleep } from "node:timers/promises";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formPost, get, ORIGIN, settle, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { loader as fileLoader } from "#app/routes/order-file.tsx";
import { WORK_ACTIONS } from "./work-actions.server.ts";

// Delivery files go to a folder of this test's own instead of the app's data directory.
const storageDir = vi.hoisted(() => `hunar-test-deliveries-${crypto.randomUUID()}`);
vi.mock("@hunar/orders/work/default-storage", async () => {
  const { LocalDiskUploadStorage } = await import("@hunar/core/upload-storage");
  const storage = new LocalDiskUploadStorage(join(tmpdir(), storageDir), "deliveries");
  return { deliveryFileStorage: () => storage };
});

type Context = ReturnType<typeof testContext>["context"];

function deliverPost(
  orderId: string,
  fields: Record<string, string | string[]>,
  files: { name: string; bytes: Uint8Array }[] = [],
  signal?: AbortSignal,
): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  for (const file of files) body.append("files", new File([new Uint8Array(file.bytes)], file.name));
  return new Request(`${ORIGIN}/orders/${orderId}?intent=deliver`, {
    method: "POST",
    headers: { Origin: ORIGIN },
    body,
    ...(signal ? { signal } : {}),
  });
}

describe.each(testDbKinds())("the order page's work actions and file downloads on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  let context: Context;
  const sessionUser = async (userId: string): Promise<SessionUser> =>
    t.db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, displayName: true, intent: true, isAdmin: true, preferredLocale: true, emailVerifiedAt: true },
    });
  const act = async (intent: keyof typeof WORK_ACTIONS, request: Request, orderId: string, userId: string) =>
    settle(async () => WORK_ACTIONS[intent]({ request, context, orderId, user: await sessionUser(userId) }));
  const download = async (orderId: string, attachmentId: string, userId?: string) =>
    settle(async () =>
      fileLoader({
        request: get(orderFileHref(orderId, attachmentId), userId ? await sessionCookie(t.db, userId) : undefined),
        context,
        params: { orderId, attachmentId },
      } as never),
    );

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
    context = testContext(t.db).context;
  });
  afterAll(() => rm(join(tmpdir(), storageDir), { recursive: true, force: true }));

  it("delivers a message with files and back to the order page; the file downloads for the parties only", async () => {
    const paid = await createPaidOrder(t.db, w);
    const pdf = minimalPdf();
    const result = await act(
      "deliver",
      deliverPost(paid.id, { message: "The logo, print-ready" }, [{ name: "لوگو.pdf", bytes: pdf }]),
      paid.id,
      w.freelancer.userId,
    );
    expect(result).toMatchObject({ status: 302, location: `/orders/${paid.id}?done=deliver` });
    const file = await t.db.attachment.findFirstOrThrow({ where: { delivery: { orderId: paid.id } } });
    expect(file).toMatchObject({ fileName: "لوگو.pdf", mimeType: "application/pdf" });

    const response = await fileLoader({
      request: get(orderFileHref(paid.id, file.id), await sessionCookie(t.db, w.client.userId)),
      context,
      params: { orderId: paid.id, attachmentId: file.id },
    } as never);
    const served = response;
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(pdf.byteLength),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-disposition": `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent("لوگو.pdf")}`,
    });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);

    expect((await download(paid.id, file.id, w.freelancer.userId)).status).toBe(200);
    expect((await download(paid.id, file.id, w.admin.userId)).status).toBe(200);
    expect((await download(paid.id, file.id, w.stranger.userId)).status).toBe(404);
    expect((await download(paid.id, "not-a-file", w.client.userId)).status).toBe(404);
    const signedOut = await download(paid.id, file.id);
    expect(signedOut.status).toBe(302);
    expect(signedOut.location).toMatch(/^\/login\?redirectTo=/);
  });

  it("keeps the message and the stored files when the form is refused, and delivers them on the next try", async () => {
    const paid = await createPaidOrder(t.db, w);
    const refused = await act(
      "deliver",
      deliverPost(paid.id, { message: "  " }, [{ name: "brief.txt", bytes: Buffer.from("Notes\n") }]),
      paid.id,
      w.freelancer.userId,
    );
    expect(refused.status).toBe(400);
    const body = refused.body as {
      intent: string;
      values: { message: string; files: { id: string; fileName: string }[] };
      errors: { fields: object };
    };
    expect(body).toMatchObject({ intent: "deliver", errors: { fields: { message: { key: "orders:errors.messageRequired" } } } });
    expect(body.values.files).toEqual([{ id: expect.any(String) as unknown, fileName: "brief.txt" }]);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: paid.id } })).status).toBe("IN_PROGRESS");

    const kept = body.values.files[0];
    const again = await act(
      "deliver",
      deliverPost(paid.id, { message: "Notes attached", keptFile: `${kept?.id}/${kept?.fileName}` }),
      paid.id,
      w.freelancer.userId,
    );
    expect(again.status).toBe(302);
    expect(await t.db.attachment.count({ where: { delivery: { orderId: paid.id } } })).toBe(1);
  });

  it("refuses a stranger, the client or an unsupported file without delivering, and stores nothing for those who may not deliver", async () => {
    const paid = await createPaidOrder(t.db, w);
    const filesBefore = await t.db.attachment.count();
    const stranger = await act(
      "deliver",
      deliverPost(paid.id, { message: "Hi" }, [{ name: "x.txt", bytes: Buffer.from("x\n") }]),
      paid.id,
      w.stranger.userId,
    );
    expect(stranger).toMatchObject({ status: 404, body: { errors: { form: { key: "orders:errors.notFound" } } } });
    const client = await act(
      "deliver",
      deliverPost(paid.id, { message: "Hi" }, [{ name: "x.txt", bytes: Buffer.from("x\n") }]),
      paid.id,
      w.client.userId,
    );
    expect(client).toMatchObject({ status: 403, body: { errors: { form: { key: "orders:errors.deliver.notClient" } } } });
    expect(await t.db.attachment.count()).toBe(filesBefore);
    const html = await act(
      "deliver",
      deliverPost(paid.id, { message: "Page" }, [{ name: "page.pdf", bytes: Buffer.from("<html><script>alert(1)</script></html>") }]),
      paid.id,
      w.freelancer.userId,
    );
    expect(html).toMatchObject({ status: 400, body: { errors: { fields: { files: { key: "orders:errors.files.unsupportedType" } } } } });
    const notAForm = new Request(`${ORIGIN}/orders/${paid.id}?intent=deliver`, {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ message: "json" }),
    });
    expect(await act("deliver", notAForm, paid.id, w.freelancer.userId)).toMatchObject({
      status: 400,
      body: { errors: { fields: { files: { key: "orders:errors.files.unreadableForm" } } } },
    });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: paid.id } })).status).toBe("IN_PROGRESS");
  });

  it("asks for a revision, then accepts; refusals come back as the form's errors", async () => {
    const delivered = await createDeliveredOrder(t.db, w);
    const path = `/orders/${delivered.id}`;
    const empty = await act("requestRevision", formPost(`${path}?intent=requestRevision`, { reason: "" }), delivered.id, w.client.userId);
    expect(empty).toMatchObject({
      status: 400,
      body: { intent: "requestRevision", values: { reason: "" }, errors: { fields: { reason: { key: "orders:errors.reasonRequired" } } } },
    });
    const byFreelancer = await act("accept", formPost(`${path}?intent=accept`, {}), delivered.id, w.freelancer.userId);
    expect(byFreelancer).toMatchObject({
      status: 403,
      body: { intent: "accept", errors: { form: { key: "orders:errors.accept.onlyClient" } } },
    });

    const revision = await act(
      "requestRevision",
      formPost(`${path}?intent=requestRevision`, { reason: "Darker green" }),
      delivered.id,
      w.client.userId,
    );
    expect(revision).toMatchObject({ status: 302, location: `${path}?done=requestRevision` });
    const tooEarly = await act("accept", formPost(`${path}?intent=accept`, {}), delivered.id, w.client.userId);
    expect(tooEarly).toMatchObject({ status: 409, body: { errors: { form: { key: "orders:errors.accept.notDelivered" } } } });

    const redeliver = await act("deliver", deliverPost(delivered.id, { message: "Darker now" }), delivered.id, w.freelancer.userId);
    expect(redeliver.status).toBe(302);
    const accepted = await act("accept", formPost(`${path}?intent=accept`, {}), delivered.id, w.client.userId);
    expect(accepted).toMatchObject({ status: 302, location: `${path}?done=accept` });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: delivered.id } })).status).toBe("COMPLETED");
  });

  it("drops the files this post stored and delivers nothing when the browser goes away while an image is processed", async () => {
    const paid = await createPaidOrder(t.db, w);
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: "white", noise: { type: "gaussian", mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    const pending = () => t.db.attachment.count({ where: { uploaderId: w.freelancer.userId } });
    const before = await pending();
    const browser = new AbortController();
    const files = [
      { name: "brief.pdf", bytes: minimalPdf() },
      { name: "photo.jpg", bytes: photo },
    ];
    const outcome = act("deliver", deliverPost(paid.id, { message: "Here" }, files, browser.signal), paid.id, w.freelancer.userId).catch(
      (error: unknown) => error,
    );
    while (sharp.counters().process === 0) await sleep(2);
    browser.abort();
    expect(await outcome).toMatchObject({ name: "AbortError" });
    expect(await pending()).toBe(before);
    expect(await t.db.delivery.count({ where: { orderId: paid.id } })).toBe(0);
  });
});
