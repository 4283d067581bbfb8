import { chatAttachmentStorage } from "@hunar/chat/attachments/default-storage";
import type { AttachmentStorage } from "@hunar/chat/attachments/storage";
import { createMessageLimiter, type MessageLimiter } from "@hunar/chat/message-limiter";
import type { HunarLoadContext } from "#app/load-context.ts";

let fallbackLimiter: MessageLimiter | undefined;

/**
 * What the page actions need to send a message. The process's shared services when the server
 * provides them (the socket handlers count against the same limiter); otherwise defaults of
 * this process, as in route tests.
 */
export function chatServices(context: HunarLoadContext): { limiter: MessageLimiter; storage: AttachmentStorage } {
  const provided = (context as Partial<{ chat: { limiter?: MessageLimiter; attachmentStorage?: AttachmentStorage } }>).chat;
  fallbackLimiter ??= createMessageLimiter();
  return {
    limiter: provided?.limiter ?? fallbackLimiter,
    storage: provided?.attachmentStorage ?? chatAttachmentStorage(),
  };
}
