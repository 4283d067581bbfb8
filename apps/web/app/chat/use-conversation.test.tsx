// @vitest-environment happy-dom
import type { Ack, ChatMessage } from "@hunar/chat/realtime/events";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import type { RealtimeSocket } from "#app/realtime/connect.client.ts";
import { ChatContext, type ChatConnection } from "./chat-provider.tsx";
import { useConversation, type ConversationSeed } from "./use-conversation.ts";

type Callback = (error: Error | null, result?: unknown) => void;

/** A socket that records what the page sends and lets the test answer, as the server would. */
function fakeSocket() {
  const handlers = new Map<string, Set<(...args: unknown[]) => void>>();
  const sent: { event: string; payload: Record<string, unknown>; reply: Callback }[] = [];
  const emit = (event: string, payload: Record<string, unknown>, reply?: Callback) => {
    sent.push({ event, payload, reply: reply ?? (() => undefined) });
  };
  const socket = {
    connected: true,
    on: (event: string, fn: (...args: unknown[]) => void) =>
      void (handlers.get(event) ?? handlers.set(event, new Set()).get(event))!.add(fn),
    off: (event: string, fn: (...args: unknown[]) => void) => void handlers.get(event)?.delete(fn),
    emit,
    timeout: () => ({ emit }),
  };
  return {
    socket: socket as unknown as RealtimeSocket,
    sent,
    of: (event: string) => sent.filter((entry) => entry.event === event),
    serverSays: (event: string, payload: unknown) => handlers.get(event)?.forEach((fn) => fn(payload)),
  };
}

function message(seq: number, senderId: string, clientMessageId = `client-${seq}`): ChatMessage {
  return {
    id: `m${seq}`,
    conversationId: "c1",
    seq,
    senderId,
    clientMessageId,
    kind: "TEXT",
    body: `message ${seq}`,
    data: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
    attachments: [],
    about: { gigId: null, proposalId: null, offerId: null, orderId: null },
  };
}

const seed = (messages: ChatMessage[]): ConversationSeed => ({
  conversationId: "c1",
  userId: "me",
  otherUserId: "her",
  messages,
  floor: 0,
  otherLastReadSeq: 0,
  myLastReadSeq: 0,
  presence: null,
});

const ok = <T,>(data: T): Ack<T> => ({ ok: true, data });

describe("an open conversation over the live connection", () => {
  let fake: ReturnType<typeof fakeSocket>;
  let connection: ChatConnection;
  const wrapper = ({ children }: { children: ReactNode }) => <ChatContext.Provider value={connection}>{children}</ChatContext.Provider>;

  beforeEach(() => {
    window.localStorage.clear();
    fake = fakeSocket();
    connection = { socket: fake.socket, connected: true, userId: "me", unread: 0 };
  });

  it("marks a refused message failed, and a retry sends it again with the same client id", async () => {
    const start = seed([message(1, "her")]);
    const { result } = renderHook(() => useConversation(start), { wrapper });
    // On connect: catch up first, then send what waits.
    await act(async () => {
      fake.of("message:sync")[0]!.reply(null, ok({ messages: [], hasMore: false }));
      await Promise.resolve();
    });
    act(() => result.current.send("Please pay me on JazzCash", []));
    const first = fake.of("message:send")[0]!;
    act(() => first.reply(null, { ok: false, error: { code: "FORBIDDEN", messageKey: "chat:errors.blocked" } }));
    expect(result.current.outbox).toMatchObject([{ status: "failed", error: { messageKey: "chat:errors.blocked" } }]);

    act(() => result.current.retry(first.payload.clientMessageId as string));
    const second = fake.of("message:send")[1]!;
    expect(second.payload.clientMessageId).toBe(first.payload.clientMessageId);
    act(() => second.reply(null, ok(message(2, "me", first.payload.clientMessageId as string))));
    expect(result.current.outbox).toEqual([]);
    expect(result.current.messages.map((m) => m.seq)).toEqual([1, 2]);
  });

  it("keeps an unacknowledged message through a lost connection and resends it, once, after reconnecting", async () => {
    const start = seed([]);
    const { result, rerender } = renderHook(() => useConversation(start), { wrapper });
    await act(async () => {
      fake.of("message:sync")[0]!.reply(null, ok({ messages: [], hasMore: false }));
      await Promise.resolve();
    });
    act(() => result.current.send("سلام", []));
    const first = fake.of("message:send")[0]!;
    act(() => first.reply(new Error("socket has been disconnected")));
    expect(result.current.outbox).toMatchObject([{ status: "sending", body: "سلام" }]);
    // Kept across a reload of the page.
    expect(window.localStorage.getItem("hunar:outbox:me:c1")).toContain(first.payload.clientMessageId as string);

    connection = { ...connection, connected: false };
    rerender();
    connection = { ...connection, connected: true };
    rerender();
    await act(async () => {
      fake.of("message:sync")[1]!.reply(null, ok({ messages: [], hasMore: false }));
      await Promise.resolve();
    });
    const resent = fake.of("message:send")[1]!;
    expect(resent.payload.clientMessageId).toBe(first.payload.clientMessageId);
    // The live echo and the acknowledgement both arrive: one message, nothing left to send.
    act(() => fake.serverSays("message:new", message(1, "me", first.payload.clientMessageId as string)));
    act(() => resent.reply(null, ok(message(1, "me", first.payload.clientMessageId as string))));
    expect(result.current.messages.map((m) => m.seq)).toEqual([1]);
    expect(result.current.outbox).toEqual([]);
    expect(window.localStorage.getItem("hunar:outbox:me:c1")).toBeNull();
    expect(fake.of("message:send")).toHaveLength(2);
  });

  it("fetches what it missed after the last seq it holds when a live message shows a gap", async () => {
    const start = seed([message(1, "her")]);
    const { result } = renderHook(() => useConversation(start), { wrapper });
    await act(async () => {
      fake.of("message:sync")[0]!.reply(null, ok({ messages: [], hasMore: false }));
      await Promise.resolve();
    });
    act(() => fake.serverSays("message:new", message(4, "her")));
    // Nothing out of order on screen: 4 waits until 2 and 3 are in.
    expect(result.current.messages.map((m) => m.seq)).toEqual([1]);
    const sync = fake.of("message:sync")[1]!;
    expect(sync.payload).toEqual({ conversationId: "c1", afterSeq: 1 });
    await act(async () => {
      sync.reply(null, ok({ messages: [message(2, "me"), message(3, "her"), message(4, "her")], hasMore: false }));
      await Promise.resolve();
    });
    expect(result.current.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    // Read up to the newest message it shows, and the other person's receipt moves "Seen".
    expect(fake.of("conversation:read").at(-1)?.payload).toEqual({ conversationId: "c1", seq: 4 });
    act(() => fake.serverSays("conversation:read", { conversationId: "c1", userId: "her", lastReadSeq: 2 }));
    expect(result.current.otherLastReadSeq).toBe(2);
  });
});
