import type { ChatMessage } from "@hunar/chat/realtime/events";
import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import type { OutboxItem } from "#app/chat/outbox.ts";
import { ResendVerificationLink } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { OfferChatCard } from "#app/components/offers/offer-chat-card.tsx";
import { OFFER_REQUESTED_KEY, OFFER_SENT_KEY, offerCardState, type OfferState } from "#app/components/offers/offer-card-state.ts";
import { OfferRequestNote } from "#app/components/offers/offer-request-note.tsx";
import { MessageBubble } from "./message-bubble.tsx";
import { ReportMessageForm } from "./report-message-form.tsx";

/** My newest message the other person has read: "Seen" goes under it, once. */
export function seenMessageId(messages: readonly ChatMessage[], myId: string, otherLastReadSeq: number): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.kind === "TEXT" && message.senderId === myId && message.seq <= otherLastReadSeq) return message.id;
  }
  return null;
}

export function MessageList({
  messages,
  outbox,
  myId,
  otherLastReadSeq,
  canReport,
  offers,
  onRetry,
  onDiscard,
}: {
  messages: readonly ChatMessage[];
  outbox: readonly OutboxItem[];
  myId: string;
  otherLastReadSeq: number;
  canReport: boolean;
  /** The offers' states when the page loaded, by id. */
  offers: Record<string, OfferState>;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
}) {
  const { t } = useTranslation("chat");
  const message = useMessage();
  const seenId = seenMessageId(messages, myId, otherLastReadSeq);
  const now = new Date();
  if (messages.length === 0 && outbox.length === 0) {
    return <p className="py-8 text-center text-stone-600">{t("conversation.empty")}</p>;
  }
  return (
    // New messages are announced to screen readers as they arrive.
    <ol className="flex flex-col gap-4" aria-live="polite" aria-relevant="additions">
      {messages.map((item) => {
        const mine = item.kind === "TEXT" && item.senderId === myId;
        const offer = item.kind === "SYSTEM" && item.body === OFFER_SENT_KEY ? offerCardState(item, messages, offers, myId, now) : null;
        return (
          <li key={item.id} data-seq={item.seq} className="flex flex-col">
            <MessageBubble
              message={item}
              mine={mine}
              status={item.id === seenId ? <span data-testid="seen">{t("conversation.seen")}</span> : null}
              footer={!mine && item.kind === "TEXT" && canReport ? <ReportMessageForm messageId={item.id} /> : null}
              card={
                offer ? (
                  <OfferChatCard message={item} state={offer} />
                ) : item.kind === "SYSTEM" && item.body === OFFER_REQUESTED_KEY ? (
                  // The note's sender is the client who asked; the freelancer answers it.
                  <OfferRequestNote message={item} mine={item.senderId === myId} />
                ) : undefined
              }
            />
          </li>
        );
      })}
      {outbox.map((item) => (
        <li key={item.clientMessageId} data-pending={item.status} className="flex flex-col">
          <MessageBubble
            message={{ kind: "TEXT", body: item.body, data: null, createdAt: item.createdAt, attachments: item.attachments }}
            mine
            status={
              item.status === "sending" ? (
                <span role="status">{t("conversation.sending")}</span>
              ) : (
                <span role="alert" className="flex flex-wrap items-center gap-2 text-red-700">
                  {t("conversation.failed")}
                  {item.error ? (
                    <span>
                      {message({ key: item.error.messageKey, params: item.error.params })}
                      <ResendVerificationLink messageKey={item.error.messageKey} />
                    </span>
                  ) : null}
                  <Button size="sm" variant="secondary" onClick={() => onRetry(item.clientMessageId)}>
                    {t("conversation.retry")}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => onDiscard(item.clientMessageId)}>
                    {t("conversation.discard")}
                  </Button>
                </span>
              )
            }
          />
        </li>
      ))}
    </ol>
  );
}
