import { join } from "node:path";
import { tmpdir } from "node:os";
import { sessionUserSelect } from "@hunar/auth/session-user";
import { minimalPdf } from "@hunar/chat/attachments/testing/sample-files";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addGigRequirements, type CheckoutWorld, createCheckoutWorld, createTestGig } from "@hunar/orders/checkout/checkout-fixtures";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formPost, ORIGIN, settle, testContext } from "#app/test/action-context.ts";
import { REQUIREMENTS_ACTIONS } from "./requirements-actions.server.ts";

// Answer files go to a folder of this test's own instead of the app's data directory.
const storageDir = vi.hoisted(() => `hunar-test-requirement-files-${crypto.randomUUID()}`);
vi.mock("@hunar/orders/work/default-storage", async () => {
  const { LocalDiskUploadStorage } = await import("@hunar/core/upload-storage");
  const storage = new LocalDiskUploadStorage(join(tmpdir(), storageDir), "deliveries");
  return { deliveryFileStorage: () => storage };
});

function answersPost(orderId: string, fields: Record<string, string>, files: Record<string, [string, Uint8Array]> = {}): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const [name, [fileName, bytes]] of Object.entries(files)) body.append(name, new File([new Uint8Array(bytes)], fileName));
  return new Request(`${ORIGIN}/orders/${orderId}?intent=submitRequirements`, { method: "POST", headers: { Origin: ORIGIN }, body });
}

describe.each(testDbKinds())("the order page's requirements action on %s", (kind) => {
  const t = useTestDb(kind);
  let w: CheckoutWorld;
  let gigId: string;
  const act = async (request: Request, orderId: string, userId: string) => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: userId }, select: sessionUserSelect });
    return settle(() => REQUIREMENTS_ACTIONS.submitRequirements({ request, context: testContext(t.db).context, orderId, user }));
  };
  const paidOrder = async () => {
    const placed = await placeGigOrder(t.db, w.client, { gigId, tier: "BASIC" });
    await payOrder(t.db, w.client, { orderId: placed.id, method: "sandbox" });
    return placed.id;
  };

  beforeAll(async () => {
    w = await createCheckoutWorld(t.db);
    gigId = await createTestGig(t.db, w);
    await addGigRequirements(t.db, gigId, [{ question: "Your brand name?" }, { question: "Your brand guide", allowFile: true }]);
  });

  it("takes the client's answers with a file and starts the clock, back to the order page", async () => {
    const orderId = await paidOrder();
    const result = await act(
      answersPost(orderId, { "answers.0.answer": "Hunar Chai", "answers.1.answer": "" }, { "answers.1.file": ["guide.pdf", minimalPdf()] }),
      orderId,
      w.client.userId,
    );
    expect(result).toMatchObject({ status: 302, location: `/orders/${orderId}?done=submitRequirements` });
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { requirementAnswers: { include: { attachments: true } } },
    });
    expect(order.requirementsSubmittedAt).toBeInstanceOf(Date);
    expect(order.dueAt).toBeInstanceOf(Date);
    expect(order.requirementAnswers.flatMap((q) => q.attachments.map((a) => a.fileName))).toEqual(["guide.pdf"]);
  });

  it("answers a missing answer, the freelancer and a plain form with their errors, changing nothing", async () => {
    const orderId = await paidOrder();
    const missing = await act(
      answersPost(orderId, { "answers.0.answer": "Hunar Chai", "answers.1.answer": " " }),
      orderId,
      w.client.userId,
    );
    expect(missing).toMatchObject({
      status: 400,
      body: {
        intent: "submitRequirements",
        values: { answers: [{ position: 0, answer: "Hunar Chai" }, { position: 1 }] },
        errors: { fields: { "answers.1.answer": { key: "orders:errors.requirements.answerRequired" } } },
      },
    });
    const freelancer = await act(answersPost(orderId, { "answers.0.answer": "A", "answers.1.answer": "B" }), orderId, w.freelancer.userId);
    expect(freelancer).toMatchObject({ status: 403, body: { errors: { form: { key: "orders:errors.requirements.onlyClient" } } } });
    const stranger = await act(answersPost(orderId, { "answers.0.answer": "A", "answers.1.answer": "B" }), orderId, w.stranger.userId);
    expect(stranger.status).toBe(404);
    // A urlencoded form is read too (a browser without the file input's form type).
    const plain = await act(
      formPost(`/orders/${orderId}?intent=submitRequirements`, { "answers.0.answer": "A" }),
      orderId,
      w.client.userId,
    );
    expect(plain).toMatchObject({
      status: 400,
      body: { errors: { fields: { "answers.1.answer": { key: "orders:errors.requirements.answerRequired" } } } },
    });
    const html = new TextEncoder().encode("<html><body>hi</body></html>");
    const badFile = await act(
      answersPost(orderId, { "answers.0.answer": "A", "answers.1.answer": "" }, { "answers.1.file": ["guide.pdf", html] }),
      orderId,
      w.client.userId,
    );
    expect(badFile).toMatchObject({
      status: 400,
      body: { errors: { fields: { "answers.1.file": { key: "chat:errors.attachments.unsupportedType" } } } },
    });
    expect(await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ requirementsSubmittedAt: null, dueAt: null });
    expect(await t.db.orderRequirement.count({ where: { orderId, answer: { not: null } } })).toBe(0);
  });
});
