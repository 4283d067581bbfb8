import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import { createSession } from "@hunar/auth/session";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createAnsweredDispute, createDisputeWorld, type DisputeWorld } from "@hunar/disputes/testing/dispute-fixtures";
import { LOCALE_COOKIE } from "@hunar/i18n/config";
import { createDeliveredOrder } from "@hunar/orders/testing/order-fixtures";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { handleTrpcRequest } from "../http.ts";
import type { AppRouterCaller } from "../root.ts";
import { rejection, TEST_ORIGIN, TestBrowser } from "../testing/test-browser.ts";

type Call = (api: AppRouterCaller) => Promise<unknown>;

const DESCRIPTION = "The logo has the wrong colours and no Urdu wordmark.";
const REASON = "Two of the three agreed logo files were delivered; the third was not.";

interface ErrorBody {
  error: { json: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string> | null } } };
}

describe.each(testDbKinds())("disputes through tRPC on %s", (kind) => {
  const t = useTestDb(kind);
  let limiter: AuthLimiter;
  let world: DisputeWorld;
  let client: TestBrowser;
  let freelancer: TestBrowser;
  let stranger: TestBrowser;
  let admin: TestBrowser;
  let secondAdmin: TestBrowser;

  const as = async (userId: string) => {
    const browser = new TestBrowser(t.db, limiter);
    browser.token = (await createSession(t.db, userId)).token;
    return browser;
  };
  const refusal = async (browser: TestBrowser, call: Call) => describeError(await rejection(browser.call(call)), "en");
  const dispute = (id: string) => t.db.dispute.findUniqueOrThrow({ where: { id } });

  /** A mutation over HTTP, so the error formatter answers in the caller's language; `chosen` is the language switch's cookie. */
  const post = (path: string, input: unknown, token: string, chosen?: string) =>
    handleTrpcRequest(
      new Request(`${TEST_ORIGIN}/api/trpc/${path}`, {
        method: "POST",
        headers: {
          host: "localhost:3000",
          origin: TEST_ORIGIN,
          "accept-language": "en",
          "content-type": "application/json",
          cookie: [`${SESSION_COOKIE}=${token}`, ...(chosen ? [`${LOCALE_COOKIE}=${chosen}`] : [])].join("; "),
        },
        body: JSON.stringify(superjson.serialize(input)),
      }),
      { db: t.db, limiter, ip: "198.51.100.40" },
    );

  beforeAll(async () => {
    limiter = createAuthLimiter({ redis: null, keyPrefix: `disputes:${crypto.randomUUID()}` });
    world = await createDisputeWorld(t.db);
    client = await as(world.client.userId);
    freelancer = await as(world.freelancer.userId);
    stranger = await as(world.stranger.userId);
    admin = await as(world.admin.userId);
    secondAdmin = await as(world.secondAdmin.userId);
  });

  it("a client opens, the freelancer answers, and an accepted split settles it with no admin", async () => {
    const order = await createDeliveredOrder(t.db, world);
    const opened = await client.call((api) =>
      api.disputes.open({ orderId: order.id, reason: "NOT_AS_DESCRIBED", description: DESCRIPTION, attachmentIds: [] }),
    );
    expect(opened.answerDueAt).toBeInstanceOf(Date);
    const { disputeId } = opened;
    expect(await dispute(disputeId)).toMatchObject({ status: "OPEN", openedById: world.client.userId, orderId: order.id });

    const answer = await freelancer.call((api) => api.disputes.post({ disputeId, statement: "The brief asked for these colours." }));
    expect(answer).toMatchObject({ answered: true });
    expect((await dispute(disputeId)).status).toBe("UNDER_REVIEW");

    const page = await client.call((api) => api.disputes.get({ disputeId }));
    expect(page.viewer.role).toBe("client");
    expect(page.posts.map((p) => p.authorId)).toEqual([world.client.userId, world.freelancer.userId]);
    const escrow = page.dispute.escrowPaisa;
    const freelancerPaisa = Math.floor(escrow / 2);

    const { proposalId } = await freelancer.call((api) =>
      api.disputes.propose({ disputeId, freelancerPaisa, clientPaisa: escrow - freelancerPaisa }),
    );
    expect((await client.call((api) => api.disputes.get({ disputeId }))).can.answerProposalId).toBe(proposalId);
    // The proposer cannot accept their own offer; the other party does.
    expect(await refusal(freelancer, (api) => api.disputes.answerProposal({ proposalId, answer: "accept" }))).toMatchObject({
      status: 403,
      message: "You cannot accept or decline your own proposal; the other party answers it.",
    });
    expect(await client.call((api) => api.disputes.answerProposal({ proposalId, answer: "accept" }))).toEqual({ status: "ACCEPTED" });
    expect(await dispute(disputeId)).toMatchObject({
      status: "RESOLVED",
      releasedPaisa: freelancerPaisa,
      refundedPaisa: escrow - freelancerPaisa,
    });
    // Both agreed, so there is nothing to appeal.
    expect(await refusal(client, (api) => api.disputes.appeal({ disputeId, reason: "I changed my mind about the split." }))).toMatchObject({
      status: 409,
      message: "You both agreed on this settlement, so it cannot be appealed.",
    });
  });

  it("tells a stranger the dispute does not exist, and a signed-out caller to log in", async () => {
    const { disputeId } = await createAnsweredDispute(t.db, world);
    const before = await dispute(disputeId);
    const partyCalls: Call[] = [
      (api) => api.disputes.get({ disputeId }),
      (api) => api.disputes.post({ disputeId, statement: "I was there too." }),
      (api) => api.disputes.propose({ disputeId, freelancerPaisa: 1, clientPaisa: before.escrowPaisa - 1 }),
      (api) => api.disputes.appeal({ disputeId, reason: "Not my dispute, but still." }),
    ];
    for (const call of partyCalls) {
      expect(await refusal(stranger, call)).toMatchObject({
        status: 404,
        trpcCode: "NOT_FOUND",
        message: "This dispute does not exist, or it is not yours to see.",
      });
    }
    const visitor = new TestBrowser(t.db, limiter);
    const everyCall: Call[] = [
      ...partyCalls,
      (api) => api.disputes.open({ orderId: before.orderId, reason: "OTHER", description: DESCRIPTION }),
      (api) => api.disputes.answerProposal({ proposalId: "proposal-of-someone", answer: "accept" }),
      (api) => api.adminDisputes.queue({}),
      (api) => api.adminDisputes.decide({ disputeId, resolution: "RELEASE", reason: REASON }),
      (api) => api.adminDisputes.decideAppeal({ disputeId, resolution: "RELEASE", reason: REASON }),
    ];
    for (const call of everyCall) {
      expect(await refusal(visitor, call)).toMatchObject({ status: 401, trpcCode: "UNAUTHORIZED", message: "Please log in to continue." });
    }
    expect(await dispute(disputeId)).toEqual(before);
  });

  it("keeps the queue and decisions to admins: FORBIDDEN for the parties and a stranger", async () => {
    const { disputeId } = await createAnsweredDispute(t.db, world);
    const before = await dispute(disputeId);
    const calls: Call[] = [
      (api) => api.adminDisputes.queue(),
      (api) => api.adminDisputes.decide({ disputeId, resolution: "RELEASE", reason: REASON }),
      (api) => api.adminDisputes.decideAppeal({ disputeId, resolution: "REFUND", reason: REASON }),
    ];
    for (const browser of [client, freelancer, stranger]) {
      for (const call of calls) {
        expect(await refusal(browser, call)).toMatchObject({
          status: 403,
          trpcCode: "FORBIDDEN",
          message: "You are not allowed to do this.",
        });
      }
    }
    expect(await dispute(disputeId)).toEqual(before);
    expect(await t.db.auditLog.count({ where: { targetType: "Dispute", targetId: disputeId } })).toBe(0);
  });

  it("an admin finds it in the queue and decides a split (a bad one refused in the caller's language); an appeal goes to another admin", async () => {
    const { disputeId } = await createAnsweredDispute(t.db, world);
    const queue = await admin.call((api) => api.adminDisputes.queue());
    expect(queue.disputes.map((d) => d.id)).toContain(disputeId);
    expect(queue.disputes.find((d) => d.id === disputeId)).toMatchObject({ status: "UNDER_REVIEW", awaitingAnswer: false });
    expect(await refusal(admin, (api) => api.adminDisputes.queue({ cursor: "forged" }))).toMatchObject({ status: 400 });
    expect((await admin.call((api) => api.disputes.get({ disputeId }))).can).toMatchObject({ decide: true, propose: false });

    const escrow = (await dispute(disputeId)).escrowPaisa;
    const badSplit = { disputeId, resolution: "SPLIT", freelancerPaisa: 100, clientPaisa: escrow, reason: REASON };
    // The admin's account is set to Urdu, which wins over the browser's English.
    await t.db.user.update({ where: { id: world.admin.userId }, data: { preferredLocale: "ur" } });
    const urdu = await post("adminDisputes.decide", badSplit, admin.token ?? "");
    expect(urdu.status).toBe(400);
    expect(((await urdu.json()) as ErrorBody).error.json).toMatchObject({
      message: "دونوں رقمیں مل کر ایسکرو میں موجود رقم کے برابر ہونی چاہئیں۔",
      data: { httpStatus: 400, fieldErrors: { freelancerPaisa: "دونوں رقمیں مل کر ایسکرو میں موجود رقم کے برابر ہونی چاہئیں۔" } },
    });
    const english = await post("adminDisputes.decide", badSplit, admin.token ?? "", "en");
    expect(((await english.json()) as ErrorBody).error.json.message).toBe("The two amounts must add up to the amount held in escrow.");
    expect(await refusal(admin, (api) => api.adminDisputes.decide({ ...badSplit, freelancerPaisa: 0, clientPaisa: escrow }))).toMatchObject(
      {
        status: 400,
        fieldErrors: { freelancerPaisa: expect.stringContaining("A split gives each side part of the payment") as unknown },
      },
    );
    expect(await refusal(admin, (api) => api.adminDisputes.decide({ disputeId, resolution: "SPLIT", reason: "short" }))).toMatchObject({
      status: 400,
      fieldErrors: { reason: "The reason is too short: both parties should understand the decision." },
    });
    expect((await dispute(disputeId)).status).toBe("UNDER_REVIEW");

    const freelancerPaisa = escrow - 1000;
    const decided = await admin.call((api) =>
      api.adminDisputes.decide({ disputeId, resolution: "SPLIT", freelancerPaisa, clientPaisa: 1000, reason: REASON }),
    );
    expect(decided).toMatchObject({ resolution: "SPLIT", freelancerPaisa, clientPaisa: 1000 });
    expect(await dispute(disputeId)).toMatchObject({ status: "RESOLVED", resolution: "SPLIT", releasedPaisa: freelancerPaisa });
    expect(
      await t.db.auditLog.findMany({
        where: { targetType: "Dispute", targetId: disputeId },
        select: { action: true, actorId: true, ip: true },
      }),
    ).toEqual([{ action: "dispute.decide", actorId: world.admin.userId, ip: "198.51.100.20" }]);
    expect(
      await refusal(secondAdmin, (api) => api.adminDisputes.decide({ disputeId, resolution: "REFUND", reason: REASON })),
    ).toMatchObject({
      status: 409,
      message: "This dispute has already been decided or settled.",
    });

    expect(
      await client.call((api) => api.disputes.appeal({ disputeId, reason: "The third file was in the chat, not missing." })),
    ).toMatchObject({
      appealedAt: expect.any(Date) as unknown,
    });
    expect(
      await refusal(admin, (api) => api.adminDisputes.decideAppeal({ disputeId, resolution: "REFUND", reason: REASON })),
    ).toMatchObject({
      status: 403,
      message: "You decided this dispute, so a different admin must decide its appeal.",
    });
    const final = await secondAdmin.call((api) =>
      api.adminDisputes.decideAppeal({ disputeId, resolution: "SPLIT", freelancerPaisa, clientPaisa: 1000, reason: REASON }),
    );
    expect(final).toMatchObject({ resolution: "SPLIT", changed: false });
    expect((await dispute(disputeId)).status).toBe("RESOLVED");
  });
});
