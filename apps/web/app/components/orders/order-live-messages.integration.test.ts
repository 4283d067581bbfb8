import type { ChatMessage } from "@hunar/chat/realtime/events";
import type { ChatPublisher } from "@hunar/chat/realtime/publish";
import type { MessageLimiter } from "@hunar/chat/message-limiter";
import type { UploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "@hunar/orders/testing/order-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, settle, testContext } from "#app/test/action-context.ts";
import { runOrderAction } from "./order-actions.server.ts";

/** What a publisher was asked to send, in order; the sockets behind it are chat's own tests' business. */
function recordingPublisher() {
  const sent: { message: ChatMessage; to: readonly string[] }[] = [];
  const badges: string[] = [];
  const publisher: ChatPublisher = {
    message: (message, userIds) => void sent.push({ message, to: userIds }),
    read: () => undefined,
    unread: (userId) => {
      badges.push(userId);
      return Promise.resolve();
    },
    sent: () => Promise.resolve(),
  };
  return { publisher, sent, badges };
}

describe.each(testDbKinds())("order changes reach the parties' open chats live on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
  });

  const act = async (intent: string, orderId: string, userId: string, fields: Record<string, string>) => {
    const live = recordingPublisher();
    const { context } = testContext(t.db);
    context.chat = { publisher: live.publisher, limiter: {} as MessageLimiter, attachmentStorage: {} as UploadStorage };
    const user = await t.db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, displayName: true, intent: true, isAdmin: true, preferredLocale: true, emailVerifiedAt: true },
    });
    const result = await settle(() =>
      runOrderAction(intent, { request: formPost(`/orders/${orderId}?intent=${intent}`, fields), context, orderId, user }),
    );
    return { result, ...live };
  };

  it("sends the system message an accepted delivery posted, to both parties, with both badges", async () => {
    const order = await createDeliveredOrder(t.db, w);
    const { result, sent, badges } = await act("accept", order.id, w.client.userId, {});
    expect(result).toMatchObject({ status: 302 });
    expect(sent.map(({ message, to }) => [message.kind, message.body, message.about.orderId, [...to].sort()])).toEqual([
      ["SYSTEM", "chat:system.order.completed", order.id, [w.client.userId, w.freelancer.userId].sort()],
    ]);
    expect(badges.sort()).toEqual([w.client.userId, w.freelancer.userId].sort());
    // Exactly what is stored: the page that loads later shows the same message.
    const stored = await t.db.message.findUniqueOrThrow({ where: { id: sent[0]?.message.id ?? "" } });
    expect(stored).toMatchObject({ kind: "SYSTEM", body: "chat:system.order.completed" });
  });

  it("sends nothing for a refused action, nor anything posted before it", async () => {
    const order = await createPaidOrder(t.db, w);
    // A revision before any delivery is refused: nothing new in the conversation, and the
    // payment message posted earlier is not sent again.
    const { result, sent, badges } = await act("requestRevision", order.id, w.client.userId, { reason: "Please change the colours" });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(sent).toEqual([]);
    expect(badges).toEqual([]);
  });
});
