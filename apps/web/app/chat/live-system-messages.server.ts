import { markConversation, publishSystemMessagesSince } from "@hunar/chat/realtime/publish-system-messages";
import type { HunarLoadContext } from "#app/load-context.ts";

/**
 * A change in another domain (an order delivered, an offer accepted) posts its system message
 * inside its own transaction, where nothing can go out live. Once `run` is over (a success
 * redirects by throwing), the messages the two people's conversation gained go to their open
 * chat tabs and badges. Sending live is best effort: the messages are stored either way.
 */
export async function withLiveSystemMessages<T>(
  context: HunarLoadContext,
  people: readonly [string, string] | null,
  run: () => Promise<T>,
  what: Record<string, string>,
): Promise<T> {
  const publisher = context.chat?.publisher;
  if (!publisher || !people) return run();
  const mark = await markConversation(context.db, ...people);
  try {
    return await run();
  } finally {
    await publishSystemMessagesSince(context.db, publisher, people, mark).catch((error: unknown) =>
      context.log.warn({ err: error, ...what }, "could not send system messages live"),
    );
  }
}
