import { MAX_ATTACHMENT_MB, MAX_ATTACHMENTS_PER_MESSAGE } from "@hunar/chat/attachments/limits";
import { getConversation } from "@hunar/chat/get-conversation";
import { listMessages } from "@hunar/chat/list-messages";
import { markRead } from "@hunar/chat/mark-read";
import { offerStates } from "@hunar/proposals/offers/get-offer";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, type ShouldRevalidateFunctionArgs } from "react-router";
import { ConversationView } from "#app/components/chat/conversation-view.tsx";
import { conversationAction } from "#app/chat/conversation-action.server.ts";
import { chatServices } from "#app/chat/chat-services.server.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/conversation";

const PAGE_SIZE = 30;

function seqParam(value: string | null): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const before = seqParam(new URL(request.url).searchParams.get("before"));
  const conversation = await orPageError(getConversation(context.db, user.id, params.conversationId));
  const page = await listMessages(context.db, user.id, conversation.id, { limit: PAGE_SIZE, ...(before ? { beforeSeq: before } : {}) });
  // Viewing the latest messages reads them; an older page does not move the read mark.
  let myLastReadSeq = conversation.myLastReadSeq;
  if (before === undefined && conversation.lastSeq > myLastReadSeq) {
    const receipt = await markRead(context.db, user.id, conversation.id, conversation.lastSeq);
    myLastReadSeq = receipt.lastReadSeq;
    // Read without JavaScript too: the sender's open page shows "Seen", the badges recount.
    const { publisher } = chatServices(context);
    publisher?.read(receipt, [user.id, conversation.other.id]);
    await publisher?.unread(user.id);
  }
  const first = page.messages[0];
  const offerIds = [...new Set(page.messages.flatMap((message) => (message.about.offerId ? [message.about.offerId] : [])))];
  return {
    me: user.id,
    conversation: { ...conversation, myLastReadSeq },
    messages: page.messages,
    offers: await offerStates(context.db, { userId: user.id }, offerIds),
    floor: first ? first.seq - 1 : conversation.lastSeq,
    hasEarlier: page.hasMore,
    before: before ?? null,
    // The no-JavaScript form's message id: posting the same rendered form twice stores one message.
    clientMessageId: crypto.randomUUID(),
    limits: { maxMb: MAX_ATTACHMENT_MB, maxFiles: MAX_ATTACHMENTS_PER_MESSAGE },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return conversationAction(request, context, user, params.conversationId);
}

// The live connection keeps an open conversation current; reloading it after a report or a
// block is still wanted (the block state changes), after a plain GET of the same page it is not.
export function shouldRevalidate({ formMethod, currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (!formMethod && currentUrl.href === nextUrl.href) return false;
  return defaultShouldRevalidate;
}

export default function ConversationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("chat");
  const message = useMessage();
  const { conversation } = loaderData;
  const name = conversation.other.displayName;
  const done = actionData?.done;
  return (
    <Container className="flex max-w-3xl flex-col gap-4 py-6">
      <title>{`${t("conversation.title", { name })} · ${t("common:appName")}`}</title>
      <Link to="/inbox" className="self-start text-sm text-emerald-800 underline">
        {t("conversation.back")}
      </Link>
      {done ? <Alert tone="success">{t(`conversation.${done}Done`, { name })}</Alert> : null}
      {actionData?.errors?.form && actionData.intent !== "send" ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <ConversationView
        key={conversation.id}
        me={loaderData.me}
        conversation={conversation}
        messages={loaderData.messages}
        offers={loaderData.offers}
        floor={loaderData.floor}
        hasEarlier={loaderData.hasEarlier}
        before={loaderData.before}
        clientMessageId={loaderData.clientMessageId}
        limits={loaderData.limits}
        sendErrors={actionData?.intent === "send" ? { ...actionData.errors?.fields, form: actionData.errors?.form } : undefined}
        draft={actionData?.intent === "send" ? actionData.body : ""}
      />
    </Container>
  );
}
