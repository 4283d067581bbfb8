import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { createSession } from "@hunar/auth/session";
import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addGigRequirements, createTestGig } from "@hunar/orders/checkout/checkout-fixtures";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "@hunar/orders/testing/order-fixtures";
import { orderSnapshot } from "@hunar/orders/testing/order-snapshot";
import { minimalPdf } from "@hunar/orders/testing/sample-files";
import { storeDeliveryFile } from "@hunar/orders/work/store-delivery-file";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { handleTrpcRequest } from "../http.ts";
import type { AppRouterCaller } from "../root.ts";
import { rejection, TEST_ORIGIN, TestBrowser } from "../testing/test-browser.ts";

type Call = (api: AppRouterCaller) => Promise<unknown>;

const HOUR_MS = 60 * 60 * 1000;
const LONG_TEXT = "ب".repeat(20_000);

describe.each(testDbKinds())("order actions through tRPC on %s", (kind) => {
  const t = useTestDb(kind);
  let limiter: AuthLimiter;
  let world: OrderWorld;
  let storage: LocalDiskUploadStorage;
  let dir: string;
  let questionsGigId: string;
  let client: TestBrowser;
  let freelancer: TestBrowser;
  let stranger: TestBrowser;
  let admin: TestBrowser;
  /** The journey's review of the freelancer, for the refusals. */
  let clientReviewId = "";

  const as = async (userId: string) => {
    const browser = new TestBrowser(t.db, limiter);
    browser.token = (await createSession(t.db, userId)).token;
    return browser;
  };
  const refusal = async (browser: TestBrowser, call: Call) => describeError(await rejection(browser.call(call)), "en");
  const orderStatus = async (orderId: string) => (await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
  const storeFile = (fileName: string) =>
    storeDeliveryFile(t.db, storage, { userId: world.freelancer.userId }, { fileName, bytes: minimalPdf() });

  beforeAll(async () => {
    limiter = createAuthLimiter({ redis: null });
    world = await createOrderWorld(t.db);
    // A gig that asks one question, so the work waits for the client's answer.
    questionsGigId = await createTestGig(t.db, world);
    await addGigRequirements(t.db, questionsGigId, [{ question: "What is your shop called?" }]);
    dir = await mkdtemp(join(tmpdir(), "hunar-api-deliveries-"));
    storage = new LocalDiskUploadStorage(dir, "deliveries");
    client = await as(world.client.userId);
    freelancer = await as(world.freelancer.userId);
    stranger = await as(world.stranger.userId);
    admin = await as(world.admin.userId);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("pay → answer requirements → deliver with a file → revision → deliver → accept → both review → reply", async () => {
    const placed = await client.call((api) => api.orders.place({ gigId: questionsGigId, tier: "BASIC" }));
    await creditWallet(t.db, world.client.userId, BigInt(placed.totalPaisa));
    expect(await client.call((api) => api.orders.pay({ orderId: placed.id, method: "wallet" }))).toMatchObject({ funded: true });
    const orderId = placed.id;

    // The work starts once the client has answered.
    expect(await refusal(freelancer, (api) => api.orders.deliver({ orderId, message: "Too early" }))).toMatchObject({
      status: 409,
      message: "The client has not answered the requirements yet, so the work has not started.",
    });
    const unanswered = await refusal(client, (api) => api.orders.submitRequirements({ orderId, answers: [] }));
    expect(unanswered).toMatchObject({ status: 400, fieldErrors: { "answers.0.answer": "This question needs an answer." } });
    const answered = await client.call((api) =>
      api.orders.submitRequirements({ orderId, answers: [{ position: 0, answer: "Chacha's Dhaba, Anarkali" }] }),
    );
    expect(answered).toMatchObject({ orderId, dueAt: expect.any(Date) as unknown });

    const file = await storeFile("logo-v1.pdf");
    const first = await freelancer.call((api) =>
      api.orders.deliver({ orderId, message: "The first logo, as a PDF.", attachmentIds: [file.id] }),
    );
    expect(first.status).toBe("DELIVERED");
    const revision = await client.call((api) => api.orders.requestRevision({ orderId, reason: "Please make the green darker." }));
    expect(revision).toMatchObject({ status: "IN_PROGRESS", revisionsLeft: 0 });
    await freelancer.call((api) => api.orders.deliver({ orderId, message: "Darker green, as asked." }));
    expect(await client.call((api) => api.orders.accept({ orderId }))).toMatchObject({ status: "COMPLETED" });

    const page = await client.call((api) => api.orders.page({ orderId }));
    expect(page.deliveries).toHaveLength(2);
    expect(page.deliveries.flatMap((delivery) => delivery.files.map((f) => f.id))).toEqual([file.id]);

    // Double-blind: the freelancer's review waits for the client's, then both are public.
    const byFreelancer = await freelancer.call((api) => api.orders.review({ orderId, rating: 5, comment: "Clear brief, quick answers." }));
    expect(byFreelancer.revealed).toBe(false);
    expect((await client.call((api) => api.orders.reviews({ orderId }))).theirsWaiting).toBe(true);
    const byClient = await client.call((api) =>
      api.orders.review({ orderId, rating: 5, communication: 5, quality: 4, onTime: 5, comment: "Lovely logo." }),
    );
    expect(byClient.revealed).toBe(true);
    const seen = await freelancer.call((api) => api.orders.reviews({ orderId }));
    expect(seen).toMatchObject({ mayWrite: "reply", theirs: { id: byClient.reviewId, rating: 5, quality: 4 } });
    clientReviewId = byClient.reviewId;
    await freelancer.call((api) => api.orders.replyToReview({ reviewId: byClient.reviewId, reply: "Shukriya! Enjoy the new sign." }));

    const visitor = new TestBrowser(t.db, limiter);
    const gigReviews = await visitor.call((api) => api.reviews.gig({ idOrSlug: questionsGigId }));
    expect(gigReviews.reviews).toEqual([expect.objectContaining({ id: byClient.reviewId, reply: "Shukriya! Enjoy the new sign." })]);
    const sellerReviews = await visitor.call((api) => api.reviews.seller({ userId: world.freelancer.userId, limit: 1 }));
    expect(sellerReviews.reviews.map((review) => review.id)).toEqual([byClient.reviewId]);
    expect(await refusal(visitor, (api) => api.reviews.seller({ userId: "no-such-seller" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(visitor, (api) => api.reviews.gig({ idOrSlug: questionsGigId, cursor: "not-a-cursor" }))).toMatchObject({
      status: 400,
      fieldErrors: { reviews: expect.any(String) as unknown },
    });
  });

  it("asks for more time and to cancel, answers, withdraws, and cancels a late order", async () => {
    const order = await createPaidOrder(t.db, world);
    const orderId = order.id;
    const dueAt = (await t.db.order.findUniqueOrThrow({ where: { id: orderId } })).dueAt!;

    const extension = await freelancer.call((api) => api.orders.requestExtension({ orderId, days: 2, reason: "Load-shedding all week." }));
    const answered = await client.call((api) => api.orders.answerExtension({ orderId, requestId: extension.id, accept: true }));
    expect(answered).toMatchObject({ status: "ACCEPTED", dueAt: new Date(dueAt.getTime() + 48 * HOUR_MS) });
    const again = await freelancer.call((api) => api.orders.requestExtension({ orderId, days: 1, reason: "One more day, please." }));
    expect(await freelancer.call((api) => api.orders.withdrawRequest({ orderId, requestId: again.id }))).toEqual({
      requestId: again.id,
      kind: "EXTENSION",
    });

    const cancellation = await client.call((api) => api.orders.requestCancellation({ orderId, reason: "Plans changed." }));
    // Only the person who asked takes it back; the other side answers.
    expect(await refusal(freelancer, (api) => api.orders.withdrawRequest({ orderId, requestId: cancellation.id }))).toMatchObject({
      status: 403,
      message: "Only the person who asked can withdraw this request.",
    });
    const declined = await freelancer.call((api) => api.orders.answerCancellation({ orderId, requestId: cancellation.id, accept: false }));
    expect(declined).toMatchObject({ status: "DECLINED", cancelled: null });
    const second = await freelancer.call((api) => api.orders.requestCancellation({ orderId, reason: "I cannot finish this." }));
    await freelancer.call((api) => api.orders.withdrawRequest({ orderId, requestId: second.id }));
    const third = await freelancer.call((api) => api.orders.requestCancellation({ orderId, reason: "I really cannot finish this." }));
    expect(await client.call((api) => api.orders.answerCancellation({ orderId, requestId: third.id, accept: true }))).toMatchObject({
      status: "ACCEPTED",
    });
    expect(await orderStatus(orderId)).toBe("CANCELLED");

    const late = await createPaidOrder(t.db, world);
    expect(await refusal(client, (api) => api.orders.cancelLate({ orderId: late.id, reason: "Too slow." }))).toMatchObject({
      status: 409,
      message: "You can cancel on your own only once the order is late. Until then, ask the freelancer to agree.",
    });
    await t.db.order.update({ where: { id: late.id }, data: { dueAt: new Date(Date.now() - HOUR_MS) } });
    expect(await client.call((api) => api.orders.cancelLate({ orderId: late.id, reason: "Two days late, no word." }))).toMatchObject({
      refundedPaisa: BigInt(late.totalPaisa),
    });
    expect(await orderStatus(late.id)).toBe("CANCELLED");
  });

  it("answers signed-out callers with UNAUTHORIZED", async () => {
    const visitor = new TestBrowser(t.db, limiter);
    const orderId = "order-of-someone";
    const requestId = "request-of-someone";
    const calls: Call[] = [
      (api) => api.orders.submitRequirements({ orderId, answers: [] }),
      (api) => api.orders.deliver({ orderId, message: "Done" }),
      (api) => api.orders.requestRevision({ orderId, reason: "Again" }),
      (api) => api.orders.accept({ orderId }),
      (api) => api.orders.requestExtension({ orderId, days: 1, reason: "Time" }),
      (api) => api.orders.answerExtension({ orderId, requestId, accept: true }),
      (api) => api.orders.requestCancellation({ orderId, reason: "Stop" }),
      (api) => api.orders.answerCancellation({ orderId, requestId, accept: true }),
      (api) => api.orders.withdrawRequest({ orderId, requestId }),
      (api) => api.orders.cancelLate({ orderId, reason: "Late" }),
      (api) => api.orders.review({ orderId, rating: 5 }),
      (api) => api.orders.replyToReview({ reviewId: "review", reply: "Thanks" }),
      (api) => api.orders.reviews({ orderId }),
      (api) => api.notifications.list(),
      (api) => api.notifications.unreadCount(),
      (api) => api.notifications.markRead({ notificationId: "n1" }),
      (api) => api.notifications.markAllRead(),
      (api) => api.adminOutages.list(),
      (api) => api.adminOutages.declare({ reason: "Down", startedAt: new Date(), hours: 1 }),
      (api) => api.disputes.get({ disputeId: "dispute-of-someone" }),
      (api) => api.disputes.open({ orderId, reason: "OTHER", description: "Nothing arrived at all." }),
      (api) => api.disputes.post({ disputeId: "dispute-of-someone", statement: "Hello" }),
      (api) => api.disputes.propose({ disputeId: "dispute-of-someone", freelancerPaisa: 1, clientPaisa: 1 }),
      (api) => api.disputes.answerProposal({ proposalId: "proposal-of-someone", answer: "accept" }),
      (api) => api.disputes.appeal({ disputeId: "dispute-of-someone", reason: "The decision is wrong." }),
      (api) => api.adminDisputes.queue(),
      (api) => api.adminDisputes.decide({ disputeId: "dispute-of-someone", resolution: "REFUND", reason: "Nothing was delivered." }),
      (api) => api.adminDisputes.decideAppeal({ disputeId: "dispute-of-someone", resolution: "REFUND", reason: "Nothing was delivered." }),
    ];
    for (const call of calls) {
      expect(await refusal(visitor, call)).toMatchObject({ status: 401, trpcCode: "UNAUTHORIZED", message: "Please log in to continue." });
    }
  });

  it("tells a stranger someone else's order is not there, and changes nothing", async () => {
    const order = await createDeliveredOrder(t.db, world);
    const running = await createPaidOrder(t.db, world);
    const extension = await freelancer.call((api) =>
      api.orders.requestExtension({ orderId: running.id, days: 3, reason: "The printer is away." }),
    );
    const cancellation = await client.call((api) => api.orders.requestCancellation({ orderId: running.id, reason: "No longer needed." }));
    const before = [await orderSnapshot(t.db, order.id), await orderSnapshot(t.db, running.id)];
    const file = await storeFile("not-mine.pdf");
    const calls: Call[] = [
      (api) => api.orders.submitRequirements({ orderId: running.id, answers: [] }),
      (api) => api.orders.deliver({ orderId: running.id, message: "Here you go", attachmentIds: [file.id] }),
      (api) => api.orders.requestRevision({ orderId: order.id, reason: "Redo it" }),
      (api) => api.orders.accept({ orderId: order.id }),
      (api) => api.orders.requestExtension({ orderId: running.id, days: 1, reason: "Time" }),
      (api) => api.orders.answerExtension({ orderId: running.id, requestId: extension.id, accept: true }),
      (api) => api.orders.answerExtension({ requestId: extension.id, orderId: order.id, accept: true }),
      (api) => api.orders.requestCancellation({ orderId: running.id, reason: "Stop" }),
      (api) => api.orders.answerCancellation({ orderId: running.id, requestId: cancellation.id, accept: true }),
      (api) => api.orders.withdrawRequest({ orderId: running.id, requestId: cancellation.id }),
      (api) => api.orders.cancelLate({ orderId: running.id, reason: "Late" }),
      (api) => api.orders.review({ orderId: order.id, rating: 1, comment: "Bad" }),
      (api) => api.orders.replyToReview({ reviewId: clientReviewId, reply: "Not my review" }),
      (api) => api.orders.reviews({ orderId: order.id }),
      (api) => api.orders.page({ orderId: running.id }),
    ];
    for (const call of calls) {
      expect(await refusal(stranger, call)).toMatchObject({ status: 404, trpcCode: "NOT_FOUND" });
    }
    // A request id of another order, sent from this order's page, is not found either.
    expect(
      await refusal(client, (api) => api.orders.answerExtension({ orderId: order.id, requestId: extension.id, accept: true })),
    ).toMatchObject({ status: 404, message: "We could not find that order." });
    expect([await orderSnapshot(t.db, order.id), await orderSnapshot(t.db, running.id)]).toEqual(before);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: clientReviewId } })).reply).toBe("Shukriya! Enjoy the new sign.");
  });

  it("gives the other party the domain's own refusal, in their language, and changes nothing", async () => {
    const running = await createPaidOrder(t.db, world);
    const delivered = await createDeliveredOrder(t.db, world);
    const extension = await freelancer.call((api) =>
      api.orders.requestExtension({ orderId: running.id, days: 1, reason: "Eid holidays." }),
    );
    const before = [await orderSnapshot(t.db, running.id), await orderSnapshot(t.db, delivered.id)];

    const cases: Array<[TestBrowser, Call, number, string]> = [
      [
        client,
        (api) => api.orders.deliver({ orderId: running.id, message: "I did it myself" }),
        403,
        "Only the freelancer delivers an order.",
      ],
      [freelancer, (api) => api.orders.accept({ orderId: delivered.id }), 403, "Only the client can accept the delivery."],
      [
        freelancer,
        (api) => api.orders.requestRevision({ orderId: delivered.id, reason: "Hmm" }),
        403,
        "Only the client can ask for a revision.",
      ],
      [
        client,
        (api) => api.orders.requestExtension({ orderId: running.id, days: 2, reason: "x" }),
        403,
        "Only the freelancer can ask for more time.",
      ],
      [
        freelancer,
        (api) => api.orders.answerExtension({ orderId: running.id, requestId: extension.id, accept: true }),
        403,
        "Only the client can answer a request for more time.",
      ],
      [
        freelancer,
        (api) => api.orders.cancelLate({ orderId: running.id, reason: "Late" }),
        403,
        "Only the client can cancel a late order alone.",
      ],
      [
        client,
        (api) => api.orders.submitRequirements({ orderId: running.id, answers: [] }),
        409,
        "The requirements have already been answered.",
      ],
      [
        client,
        (api) => api.orders.review({ orderId: running.id, rating: 5, communication: 5, quality: 5, onTime: 5 }),
        409,
        "Reviews open once the order is completed; a cancelled order has none.",
      ],
    ];
    for (const [browser, call, status, message] of cases) {
      expect(await refusal(browser, call)).toMatchObject({ status, message });
    }
    // The same refusal in Urdu for a client whose browser asks for it.
    const inUrdu = describeError(
      await rejection(client.call((api) => api.orders.deliver({ orderId: running.id, message: "x" }), { acceptLanguage: "ur" })),
      "ur",
    );
    expect(inUrdu.status).toBe(403);
    expect(inUrdu.message).not.toBe("Only the freelancer delivers an order.");
    expect(inUrdu.message).toMatch(/[\u0600-\u06FF]/);
    expect(await refusal(client, (api) => api.orders.replyToReview({ reviewId: clientReviewId, reply: "My own reply" }))).toMatchObject({
      status: 403,
      message: "Only the freelancer who was reviewed can reply to a review.",
    });
    expect([await orderSnapshot(t.db, running.id), await orderSnapshot(t.db, delivered.id)]).toEqual(before);
  });

  it("answers malformed input with BAD_REQUEST and a localised message, never a 500", async () => {
    const order = await createPaidOrder(t.db, world);
    const orderId = order.id;
    const before = await orderSnapshot(t.db, orderId);
    const untyped = (value: unknown) => value as never;
    const calls: Call[] = [
      // Missing ids.
      (api) => api.orders.deliver(untyped({ message: "Done" })),
      (api) => api.orders.accept(untyped({})),
      (api) => api.orders.answerExtension(untyped({ orderId, accept: true })),
      (api) => api.orders.withdrawRequest(untyped({ orderId, requestId: "" })),
      (api) => api.orders.replyToReview(untyped({ reply: "Thanks" })),
      (api) => api.notifications.markRead(untyped({})),
      (api) => api.reviews.gig(untyped({})),
      // Wrong types.
      (api) => api.orders.accept(untyped({ orderId: 42 })),
      (api) => api.orders.deliver(untyped({ orderId, message: "Done", attachmentIds: "file-1" })),
      (api) => api.orders.deliver(untyped({ orderId, message: { text: "Done" } })),
      (api) => api.orders.requestExtension(untyped({ orderId, days: "two", reason: "Time" })),
      (api) => api.orders.answerCancellation(untyped({ orderId, requestId: "r1", accept: "yes" })),
      (api) => api.orders.review(untyped({ orderId, rating: "five" })),
      (api) => api.orders.submitRequirements(untyped({ orderId, answers: "All good" })),
      (api) => api.orders.submitRequirements(untyped({ orderId, answers: [{ position: "first", answer: "Yes" }] })),
      (api) => api.notifications.list(untyped({ limit: "all" })),
      (api) => api.reviews.seller(untyped({ userId: world.freelancer.userId, limit: Number.NaN })),
      // Texts far too long.
      (api) => api.orders.deliver({ orderId, message: LONG_TEXT }),
      (api) => api.orders.requestRevision({ orderId, reason: LONG_TEXT }),
      (api) => api.orders.requestExtension({ orderId, days: 1, reason: LONG_TEXT }),
      (api) => api.orders.requestCancellation({ orderId, reason: LONG_TEXT }),
      (api) => api.orders.cancelLate({ orderId, reason: LONG_TEXT }),
      (api) => api.orders.review({ orderId, rating: 5, comment: LONG_TEXT }),
      (api) => api.orders.replyToReview({ reviewId: "r1", reply: LONG_TEXT }),
      (api) => api.orders.submitRequirements({ orderId, answers: [{ position: 0, answer: LONG_TEXT }] }),
      (api) => api.orders.accept({ orderId: LONG_TEXT }),
    ];
    for (const call of calls) {
      const error = await refusal(client, call);
      expect(error).toMatchObject({ status: 400, trpcCode: "BAD_REQUEST", message: "Please correct the highlighted fields." });
      expect(Object.values(error.fieldErrors ?? {}).length).toBeGreaterThan(0);
    }
    const missing = await refusal(client, (api) => api.orders.accept(untyped({})));
    expect(missing.fieldErrors).toEqual({ orderId: "This field is required." });
    // Within the API's bounds but past the domain's limit: the domain's own words on the field.
    const tooLong = await refusal(freelancer, (api) => api.orders.requestExtension({ orderId, days: 1, reason: "ا".repeat(501) }));
    expect(tooLong).toMatchObject({ status: 400, fieldErrors: { reason: "Please keep it under 500 characters." } });
    const badDays = await refusal(freelancer, (api) => api.orders.requestExtension({ orderId, days: 2.5, reason: "Time" }));
    expect(badDays).toMatchObject({ status: 400, fieldErrors: { days: "Choose between 1 and 30 days." } });
    // Ids nothing could have: refused or not found, never a database error (PostgreSQL refuses NUL).
    const ids = { nul: "\u0000", long: "x".repeat(199), quote: '\'; DROP TABLE "Order"; --' };
    const byId: Record<string, (id: string) => Call> = {
      accept: (id) => (api) => api.orders.accept({ orderId: id }),
      deliver: (id) => (api) => api.orders.deliver({ orderId: id, message: "Done" }),
      requestRevision: (id) => (api) => api.orders.requestRevision({ orderId: id, reason: "Again" }),
      submitRequirements: (id) => (api) => api.orders.submitRequirements({ orderId: id, answers: [] }),
      requestExtension: (id) => (api) => api.orders.requestExtension({ orderId: id, days: 1, reason: "Time" }),
      cancelLate: (id) => (api) => api.orders.cancelLate({ orderId: id, reason: "Late" }),
      withdrawRequest: (id) => (api) => api.orders.withdrawRequest({ orderId, requestId: id }),
      answerExtension: (id) => (api) => api.orders.answerExtension({ orderId: id, requestId: id, accept: false }),
      review: (id) => (api) => api.orders.review({ orderId: id, rating: 5 }),
      reviews: (id) => (api) => api.orders.reviews({ orderId: id }),
      page: (id) => (api) => api.orders.page({ orderId: id }),
      replyToReview: (id) => (api) => api.orders.replyToReview({ reviewId: id, reply: "Thanks" }),
      markRead: (id) => (api) => api.notifications.markRead({ notificationId: id }),
      gigReviews: (id) => (api) => api.reviews.gig({ idOrSlug: id }),
      sellerReviews: (id) => (api) => api.reviews.seller({ userId: id }),
    };
    const statuses: Record<string, number> = {};
    for (const [label, id] of Object.entries(ids)) {
      for (const [name, call] of Object.entries(byId)) statuses[`${name} ${label}`] = (await refusal(client, call(id))).status;
    }
    expect(Object.entries(statuses).filter(([, status]) => status >= 500)).toEqual([]);
    expect(statuses["accept nul"]).toBe(400);
    expect(statuses["accept quote"]).toBe(404);
    expect(await orderSnapshot(t.db, orderId)).toEqual(before);
  });

  it("lists the inbox, counts unread, marks one and all read; another user's notification is not found", async () => {
    const unread = await client.call((api) => api.notifications.unreadCount());
    expect(unread.count).toBeGreaterThan(0);
    const page = await client.call((api) => api.notifications.list({ limit: 2 }));
    expect(page.notifications).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await client.call((api) => api.notifications.list({ cursor: page.nextCursor }));
    expect(next.notifications.map((n) => n.id)).not.toContain(page.notifications[0]!.id);
    const first = page.notifications[0]!;
    expect(first).toMatchObject({
      kind: expect.stringMatching(/^order\./) as unknown,
      link: expect.stringMatching(/^\/orders\//) as unknown,
    });

    expect(await refusal(stranger, (api) => api.notifications.markRead({ notificationId: first.id }))).toMatchObject({ status: 404 });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toBeNull();
    expect(await client.call((api) => api.notifications.markRead({ notificationId: first.id }))).toEqual({ link: first.link });
    expect((await client.call((api) => api.notifications.unreadCount())).count).toBe(unread.count - 1);
    expect(await client.call((api) => api.notifications.markAllRead())).toEqual({ marked: unread.count - 1 });
    expect((await client.call((api) => api.notifications.unreadCount())).count).toBe(0);
    expect((await freelancer.call((api) => api.notifications.unreadCount())).count).toBeGreaterThan(0);
    expect(await refusal(client, (api) => api.notifications.list({ cursor: "forged" }))).toMatchObject({ status: 400 });
  });

  // Last: declaring an outage moves the timers of every running order above.
  it("keeps outages to admins: FORBIDDEN for anyone else; an admin declares one (over HTTP too) and lists them", async () => {
    const running = await createPaidOrder(t.db, world);
    const dueAt = (await t.db.order.findUniqueOrThrow({ where: { id: running.id } })).dueAt!;
    const startedAt = new Date(Date.now() - 2 * HOUR_MS);
    for (const browser of [client, freelancer, stranger]) {
      for (const call of [
        (api: AppRouterCaller) => api.adminOutages.list(),
        (api: AppRouterCaller) => api.adminOutages.declare({ reason: "I was offline", startedAt, hours: 24 }),
      ]) {
        expect(await refusal(browser, call)).toMatchObject({ status: 403, message: "You are not allowed to do this." });
      }
    }
    expect(await t.db.outage.count()).toBe(0);
    expect(await refusal(admin, (api) => api.adminOutages.declare({ reason: "Down", startedAt, hours: 500 }))).toMatchObject({
      status: 400,
      fieldErrors: { hours: "Choose between 1 and 168 hours." },
    });
    const future = new Date(Date.now() + HOUR_MS);
    expect(await refusal(admin, (api) => api.adminOutages.declare({ reason: "Down", startedAt: future, hours: 2 }))).toMatchObject({
      status: 400,
      fieldErrors: { startedAt: "Give the time the outage began; it cannot be in the future." },
    });
    expect(
      await refusal(admin, (api) => api.adminOutages.declare({ reason: "Down", startedAt: "yesterday" as unknown as Date, hours: 2 })),
    ).toMatchObject({ status: 400, fieldErrors: { startedAt: expect.any(String) as unknown } });

    const outage = await admin.call((api) => api.adminOutages.declare({ reason: "Nationwide internet outage", startedAt, hours: 2 }));
    expect(outage).toMatchObject({ hours: 2, declaredBy: { userId: world.admin.userId } });
    expect(outage.ordersExtended).toBeGreaterThan(0);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: running.id } })).dueAt).toEqual(new Date(dueAt.getTime() + 2 * HOUR_MS));
    expect(await t.db.auditLog.findFirst({ where: { targetId: outage.id }, select: { action: true, actorId: true } })).toEqual({
      action: "outage.declare",
      actorId: world.admin.userId,
    });

    // Over the wire the start travels as a superjson Date.
    const response = await handleTrpcRequest(
      new Request(`${TEST_ORIGIN}/api/trpc/adminOutages.declare`, {
        method: "POST",
        headers: {
          host: "localhost:3000",
          origin: TEST_ORIGIN,
          "content-type": "application/json",
          cookie: `${SESSION_COOKIE}=${admin.token ?? ""}`,
        },
        body: JSON.stringify({
          json: { reason: "Power cut at the data centre", startedAt: startedAt.toISOString(), hours: 1 },
          meta: { values: { startedAt: ["Date"] } },
        }),
      }),
      { db: t.db, limiter, ip: "198.51.100.20" },
    );
    expect(response.status).toBe(200);
    const listed = await admin.call((api) => api.adminOutages.list());
    expect(listed.map((o) => o.reason)).toEqual(["Power cut at the data centre", "Nationwide internet outage"]);
  });
});
