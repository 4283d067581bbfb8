import type { Ack, ChatAttachment, ChatMessage, Presence } from "@hunar/chat/realtime/events";
import { useCallback, useEffect, useRef, useState } from "react";
import { useChatConnection } from "./chat-provider.tsx";
import { contiguousEnd, mergeMessages, visibleMessages } from "./merge-messages.ts";
import { isDefinitiveRefusal, loadOutbox, saveOutbox, type OutboxItem } from "./outbox.ts";
import { useLiveSocketEvents } from "./use-live-socket-events.ts";

export interface ConversationSeed {
  conversationId: string;
  userId: string;
  otherUserId: string;
  /** The page the server rendered, oldest first. */
  messages: ChatMessage[];
  /** The seq just before the first message held (0 when the page starts at the beginning). */
  floor: number;
  otherLastReadSeq: number;
  myLastReadSeq: number;
  presence: Presence | null;
}

const ACK_TIMEOUT_MS = 15_000;
const RETRY_AFTER_MS = 5_000;
const TYPING_SEND_EVERY_MS = 2_000;
const TYPING_SHOWN_FOR_MS = 4_000;
const SYNC_MAX_PAGES = 100;

/**
 * The live state of one open conversation: messages merged by seq from the server render, live
 * events, "load earlier" pages and catch-up syncs; the outbox of messages not yet acknowledged;
 * the other person's read receipt, typing and presence.
 */
export function useConversation(seed: ConversationSeed) {
  const { socket, connected } = useChatConnection();
  const { conversationId, userId, otherUserId } = seed;

  const [held, setHeld] = useState(seed.messages);
  const heldRef = useRef(held);
  const floorRef = useRef(seed.floor);
  const [floor, setFloor] = useState(seed.floor);
  const addMessages = useCallback(
    (incoming: readonly ChatMessage[], newFloor?: number) => {
      if (newFloor !== undefined && newFloor < floorRef.current) {
        floorRef.current = newFloor;
        setFloor(newFloor);
      }
      heldRef.current = mergeMessages(
        heldRef.current,
        incoming.filter((m) => m.conversationId === conversationId),
      );
      setHeld(heldRef.current);
    },
    [conversationId],
  );

  // A fresh server render (after a form post) may hold messages this page has not seen.
  useEffect(() => addMessages(seed.messages, seed.floor), [addMessages, seed.messages, seed.floor]);

  const [outbox, setOutboxState] = useState<OutboxItem[]>([]);
  const outboxRef = useRef<OutboxItem[]>([]);
  const setOutbox = useCallback(
    (update: (items: OutboxItem[]) => OutboxItem[]) => {
      outboxRef.current = update(outboxRef.current);
      saveOutbox(userId, conversationId, outboxRef.current);
      setOutboxState(outboxRef.current);
    },
    [userId, conversationId],
  );

  // What a reload (or an earlier visit while offline) left unsent comes back from storage.
  useEffect(() => {
    outboxRef.current = loadOutbox(userId, conversationId);
    setOutboxState(outboxRef.current);
  }, [userId, conversationId]);

  const [otherLastReadSeq, setOtherLastReadSeq] = useState(seed.otherLastReadSeq);
  const myReadRef = useRef(seed.myLastReadSeq);
  const [presence, setPresence] = useState<Presence | null>(seed.presence);
  const [typingUntil, setTypingUntil] = useState(0);

  const settle = useCallback(
    (message: ChatMessage) => {
      addMessages([message]);
      if (message.senderId === userId) {
        setOutbox((items) => items.filter((item) => item.clientMessageId !== message.clientMessageId));
      }
    },
    [addMessages, setOutbox, userId],
  );

  // One message in flight at a time, oldest first, so they are stored in the order written.
  const inFlight = useRef<string | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useCallback(() => {
    if (!socket?.connected || inFlight.current) return;
    const next = outboxRef.current.find((item) => item.status === "sending");
    if (!next) return;
    inFlight.current = next.clientMessageId;
    const input = {
      conversationId,
      clientMessageId: next.clientMessageId,
      body: next.body,
      attachmentIds: next.attachments.map((attachment) => attachment.id),
    };
    socket.timeout(ACK_TIMEOUT_MS).emit("message:send", input, (error, result) => {
      inFlight.current = null;
      if (error || (!result.ok && !isDefinitiveRefusal(result.error))) {
        // Lost connection, no answer in time or rate limited: the same id goes again later.
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(flush, RETRY_AFTER_MS);
        return;
      }
      if (result.ok) settle(result.data);
      else {
        const refusal = result.error;
        setOutbox((items) =>
          items.map((item) => (item.clientMessageId === next.clientMessageId ? { ...item, status: "failed", error: refusal } : item)),
        );
      }
      flush();
    });
  }, [socket, conversationId, settle, setOutbox]);
  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const sync = useCallback(async () => {
    if (!socket) return;
    for (let page = 0; page < SYNC_MAX_PAGES && socket.connected; page++) {
      const afterSeq = contiguousEnd(heldRef.current, floorRef.current);
      const result = await new Promise<Ack<{ messages: ChatMessage[]; hasMore: boolean }> | null>((resolve) => {
        // Disconnected or no answer in time: null, and the next connect syncs again.
        socket
          .timeout(ACK_TIMEOUT_MS)
          .emit("message:sync", { conversationId, afterSeq }, (error, answer) => resolve(error ? null : answer));
      });
      if (!result?.ok) return;
      addMessages(result.data.messages);
      if (!result.data.hasMore) return;
    }
  }, [socket, conversationId, addMessages]);

  // Every (re)connection: fetch what was missed, send what waits, ask whether the other is online.
  useEffect(() => {
    if (!socket || !connected) return;
    inFlight.current = null;
    void sync().then(flush);
    socket.timeout(ACK_TIMEOUT_MS).emit("presence:query", { userIds: [otherUserId] }, (error, result) => {
      if (error || !result.ok) return;
      const found = result.data.find((entry) => entry.userId === otherUserId);
      if (found) setPresence(found);
    });
  }, [socket, connected, sync, flush, otherUserId]);

  useLiveSocketEvents(socket, {
    "message:new": (message) => {
      if (message.conversationId !== conversationId) return;
      const expected = contiguousEnd(heldRef.current, floorRef.current) + 1;
      settle(message);
      if (message.senderId === otherUserId) setTypingUntil(0);
      // Something came in between: fetch the missing ones rather than show a gap.
      if (message.seq > expected) void sync();
    },
    "conversation:read": (receipt) => {
      if (receipt.conversationId !== conversationId) return;
      if (receipt.userId === otherUserId) setOtherLastReadSeq((seq) => Math.max(seq, receipt.lastReadSeq));
      if (receipt.userId === userId) myReadRef.current = Math.max(myReadRef.current, receipt.lastReadSeq);
    },
    typing: (event) => {
      if (event.conversationId === conversationId && event.userId === otherUserId) setTypingUntil(Date.now() + TYPING_SHOWN_FOR_MS);
    },
    presence: (event) => {
      if (event.userId === otherUserId) setPresence(event);
    },
  });

  // The typing line goes away by itself when no new "typing" arrives.
  useEffect(() => {
    if (typingUntil === 0) return;
    const timer = setTimeout(() => setTypingUntil(0), Math.max(0, typingUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [typingUntil]);

  const visible = visibleMessages(held, floor);
  const lastSeq = visible.at(-1)?.seq ?? 0;
  useMarkRead({ socket, connected, conversationId, lastSeq, myReadRef });

  const lastTypingSent = useRef(0);
  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_SEND_EVERY_MS) return;
    lastTypingSent.current = now;
    socket.emit("typing", { conversationId });
  }, [socket, conversationId]);

  const send = useCallback(
    (body: string, attachments: ChatAttachment[]) => {
      const item: OutboxItem = {
        clientMessageId: crypto.randomUUID(),
        conversationId,
        body,
        attachments,
        createdAt: new Date().toISOString(),
        status: "sending",
        error: null,
      };
      setOutbox((items) => [...items, item]);
      lastTypingSent.current = 0;
      flush();
    },
    [conversationId, setOutbox, flush],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      setOutbox((items) =>
        items.map((item) => (item.clientMessageId === clientMessageId ? { ...item, status: "sending", error: null } : item)),
      );
      flush();
    },
    [setOutbox, flush],
  );

  const discard = useCallback(
    (clientMessageId: string) => {
      setOutbox((items) => items.filter((item) => item.clientMessageId !== clientMessageId));
    },
    [setOutbox],
  );

  return {
    messages: visible,
    // A message already stored (its echo came back) is shown once, from the server's copy.
    outbox: outbox.filter((item) => !held.some((m) => m.senderId === userId && m.clientMessageId === item.clientMessageId)),
    otherLastReadSeq,
    otherTyping: typingUntil > 0,
    presence,
    connected,
    live: socket !== null,
    send,
    retry,
    discard,
    notifyTyping,
    addMessages,
  };
}

/** Tells the server what this person has seen: the newest message, while the page is in view. */
function useMarkRead({
  socket,
  connected,
  conversationId,
  lastSeq,
  myReadRef,
}: {
  socket: ReturnType<typeof useChatConnection>["socket"];
  connected: boolean;
  conversationId: string;
  lastSeq: number;
  myReadRef: { current: number };
}) {
  const [visibleTick, setVisibleTick] = useState(0);
  useEffect(() => {
    const onVisibility = () => setVisibleTick((tick) => tick + 1);
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, []);
  useEffect(() => {
    if (!socket || !connected || document.visibilityState !== "visible") return;
    if (lastSeq <= myReadRef.current) return;
    myReadRef.current = lastSeq;
    socket.emit("conversation:read", { conversationId, seq: lastSeq });
  }, [socket, connected, conversationId, lastSeq, myReadRef, visibleTick]);
}
