import { chatAttachmentStorage } from "@hunar/chat/attachments/default-storage";
import { createMessageLimiter, type MessageLimiter } from "@hunar/chat/message-limiter";
import type { ChatPublisher } from "@hunar/chat/realtime/publish";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { HunarLoadContext } from "#app/load-context.ts";

let fallbackLimiter: MessageLimiter | undefined;

/**
 * What the chat pages' loaders and actions need: the server's shared services (the socket
 * handlers count against the same limiter and deliver through the same publisher), or, where a
 * context has none (route tests), this process's defaults and no live delivery.
 */
export function chatServices(context: HunarLoadContext): {
  limiter: MessageLimiter;
  storage: UploadStorage;
  publisher: ChatPublisher | null;
} {
  if (context.chat) return { limiter: context.chat.limiter, storage: context.chat.attachmentStorage, publisher: context.chat.publisher };
  fallbackLimiter ??= createMessageLimiter();
  return { limiter: fallbackLimiter, storage: chatAttachmentStorage(), publisher: null };
}
