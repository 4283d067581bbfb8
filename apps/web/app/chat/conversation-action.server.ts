import { conversationSubjects } from "@hunar/api/conversation-subjects";
import type { SessionUser } from "@hunar/auth/session";
import { uploadAttachment } from "@hunar/chat/attachments/upload-attachment";
import { getConversation } from "@hunar/chat/get-conversation";
import { blockUser, unblockUser } from "@hunar/chat/safety/block-user";
import { reportMessage, type ReportMessageInput } from "@hunar/chat/safety/report-message";
import { sendMessage } from "@hunar/chat/send-message";
import { data, redirect } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { pageError } from "#app/utils/route-errors.server.ts";
import { chatServices } from "./chat-services.server.ts";
import { readChatForm } from "./read-chat-form.server.ts";

export type ConversationIntent = "send" | "block" | "unblock" | "report";

/**
 * The conversation page's form posts (they work without JavaScript): send a message with files,
 * block or unblock the other person, report one of their messages. Someone else's conversation
 * is a 404 whatever the intent; bad input comes back as field errors, never a 500.
 */
export async function conversationAction(request: Request, context: HunarLoadContext, user: SessionUser, conversationId: string) {
  const actor = { userId: user.id };
  // Before reading a possibly large body: a stranger's post ends here.
  const conversation = await getConversation(context.db, user.id, conversationId).catch(pageError);
  let form: FormData;
  let files: File[];
  try {
    ({ form, files } = await readChatForm(request));
  } catch (error) {
    return formErrorResponse(error, { intent: "send", body: "", done: null });
  }
  const intent = textField(form, "intent");
  const body = textField(form, "body");
  try {
    switch (intent) {
      case "send": {
        const { limiter, storage, publisher } = chatServices(context);
        const attachmentIds: string[] = [];
        for (const file of files) {
          const uploaded = await uploadAttachment(context.db, storage, actor, {
            bytes: new Uint8Array(await file.arrayBuffer()),
            fileName: file.name,
            // A browser that gives up stops the image work with it.
            signal: request.signal,
          });
          attachmentIds.push(uploaded.id);
        }
        const clientMessageId = textField(form, "clientMessageId");
        const sent = await sendMessage(
          context.db,
          actor,
          { conversationId, clientMessageId, body, attachmentIds },
          { limiter, subjects: conversationSubjects },
        );
        // Stored: the other person's open pages (and this person's other tabs) get it live.
        await publisher?.sent(sent);
        // Post, then redirect: a reload shows the conversation instead of posting again.
        return redirect(`/inbox/${encodeURIComponent(conversationId)}#latest`);
      }
      case "block":
        await blockUser(context.db, actor, conversation.other.id);
        return { intent, body: "", done: "block" as const, errors: null };
      case "unblock":
        await unblockUser(context.db, actor, conversation.other.id);
        return { intent, body: "", done: "unblock" as const, errors: null };
      case "report": {
        const input = { messageId: textField(form, "messageId"), reason: textField(form, "reason"), details: textField(form, "details") };
        // Unchecked form values: the domain validates them (field errors on reason and details).
        await reportMessage(context.db, actor, input as ReportMessageInput);
        return { intent, body: "", done: "report" as const, errors: null };
      }
      default:
        throw data({ messageKey: "errors:invalid" }, { status: 400 });
    }
  } catch (error) {
    return formErrorResponse(error, { intent: intent as ConversationIntent, body, done: null });
  }
}
