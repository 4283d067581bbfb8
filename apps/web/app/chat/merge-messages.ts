import type { ChatMessage } from "@hunar/chat/realtime/events";

/**
 * Messages of one conversation held by the page, in `seq` order with each seq once. Live events,
 * sync pages and "load earlier" pages arrive in any order and may overlap; merging by seq keeps
 * one copy of each (the later copy wins: it may carry attachments the first did not).
 */
export function mergeMessages(held: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return held as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  for (const message of held) bySeq.set(message.seq, message);
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest seq up to which the held messages run without a gap from the first one held: what
 * to ask the server for "everything after". A message received past a gap (the page missed one
 * while offline) does not move it, so the next sync fetches the missing ones.
 */
export function contiguousEnd(held: readonly ChatMessage[], startAfter: number): number {
  let end = startAfter;
  for (const message of held) {
    if (message.seq <= end) continue;
    if (message.seq !== end + 1) break;
    end = message.seq;
  }
  return end;
}

/** What the page shows: the held messages up to the first gap, so nothing appears out of order. */
export function visibleMessages(held: readonly ChatMessage[], startAfter: number): ChatMessage[] {
  const end = contiguousEnd(held, startAfter);
  return held.filter((message) => message.seq <= end);
}
