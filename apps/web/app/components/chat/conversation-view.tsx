import type { ChatMessage } from "@hunar/chat/realtime/events";
import type { ConversationView as Conversation } from "@hunar/chat/get-conversation";
import { Alert } from "@hunar/ui/alert";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useFetcher } from "react-router";
import { useConversation } from "#app/chat/use-conversation.ts";
import type { OfferState } from "#app/components/offers/offer-card-state.ts";
import type { Message } from "#app/utils/form-errors.ts";
import { Composer } from "./composer.tsx";
import { MessageList } from "./message-list.tsx";
import { PresenceLine } from "./presence-line.tsx";
import { SafetyPanel } from "./safety-panel.tsx";

interface EarlierPage {
  messages: ChatMessage[];
  offers: Record<string, OfferState>;
  floor: number;
  hasEarlier: boolean;
}

/** The open conversation: header with presence, the messages, the send form and safety actions. */
export function ConversationView(props: {
  me: string;
  conversation: Conversation;
  messages: ChatMessage[];
  offers: Record<string, OfferState>;
  floor: number;
  hasEarlier: boolean;
  before: number | null;
  clientMessageId: string;
  limits: { maxMb: number; maxFiles: number };
  sendErrors: { body?: Message; file?: Message; form?: Message | undefined } | undefined;
  draft: string;
}) {
  const { t } = useTranslation("chat");
  const { me, conversation } = props;
  const name = conversation.other.displayName;
  const seed = useMemo(
    () => ({
      conversationId: conversation.id,
      userId: me,
      otherUserId: conversation.other.id,
      messages: props.messages,
      floor: props.floor,
      otherLastReadSeq: conversation.otherLastReadSeq,
      // The server marked the page read as it rendered it; saying so once more over the socket
      // is what tells the other person's open tabs ("Seen") and this person's badge.
      myLastReadSeq: 0,
      presence: null,
    }),
    [conversation, me, props.messages, props.floor],
  );
  const chat = useConversation(seed);

  // "Load earlier" is a link to ?before=<seq>; with JavaScript the older page joins this one.
  const earlier = useFetcher<EarlierPage>();
  const { addMessages } = chat;
  useEffect(() => {
    if (earlier.data) addMessages(earlier.data.messages, earlier.data.floor);
  }, [earlier.data, addMessages]);
  const hasEarlier = earlier.data ? earlier.data.hasEarlier : props.hasEarlier;
  const firstSeq = chat.messages[0]?.seq;
  const earlierHref = firstSeq ? `/inbox/${encodeURIComponent(conversation.id)}?before=${firstSeq}` : null;

  // Keep the newest message in view as messages arrive or are sent.
  const end = useRef<HTMLDivElement>(null);
  const lastSeq = chat.messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [lastSeq, chat.outbox.length]);

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col">
        <h1 className="text-2xl font-bold">
          <bdi>{name}</bdi>
        </h1>
        <PresenceLine name={name} presence={chat.presence} typing={chat.otherTyping} />
        {chat.live && !chat.connected ? (
          <p role="status" className="text-sm text-amber-800">
            {t("conversation.reconnecting")}
          </p>
        ) : null}
      </header>
      <section
        aria-label={t("conversation.messagesLabel", { name })}
        className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-stone-50 p-3 sm:p-4"
      >
        {hasEarlier && earlierHref ? (
          <Link
            to={earlierHref}
            className="self-center text-sm text-emerald-800 underline"
            onClick={(event) => {
              event.preventDefault();
              void earlier.load(earlierHref);
            }}
          >
            {t("conversation.loadEarlier")}
          </Link>
        ) : null}
        <MessageList
          messages={chat.messages}
          outbox={chat.outbox}
          myId={me}
          otherLastReadSeq={chat.otherLastReadSeq}
          canReport
          offers={earlier.data ? { ...earlier.data.offers, ...props.offers } : props.offers}
          onRetry={chat.retry}
          onDiscard={chat.discard}
        />
        {props.before !== null ? (
          <Link to={`/inbox/${encodeURIComponent(conversation.id)}#latest`} className="self-center text-sm text-emerald-800 underline">
            {t("conversation.latest")}
          </Link>
        ) : null}
        <div id="latest" ref={end} />
      </section>
      {conversation.canMessage ? (
        <Composer
          key={props.clientMessageId}
          clientMessageId={props.clientMessageId}
          live={chat.live}
          limits={props.limits}
          errors={props.sendErrors}
          draft={props.draft}
          onSend={chat.send}
          onTyping={chat.notifyTyping}
        />
      ) : (
        <Alert tone="info">{conversation.blockedByMe ? t("conversation.youBlocked", { name }) : t("conversation.blockedYou")}</Alert>
      )}
      {conversation.canMessage ? (
        <Link to={`/inbox/${encodeURIComponent(conversation.id)}/offer`} className="self-start text-sm text-emerald-800 underline">
          {t("offer.sendLink")}
        </Link>
      ) : null}
      <SafetyPanel name={name} blockedByMe={conversation.blockedByMe} />
    </div>
  );
}
