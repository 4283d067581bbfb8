import type { ChatMessage } from "@hunar/chat/realtime/events";
import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { AttachmentView } from "./attachment-view.tsx";

const SYSTEM_PREFIX = "chat:system.";

/** A system message is stored as an i18n key plus data; an unknown key still reads as an update. */
export function useSystemText() {
  const { t, i18n } = useTranslation("chat");
  return (message: Pick<ChatMessage, "body" | "data">) => {
    const key = message.body.startsWith(SYSTEM_PREFIX) ? message.body : `${SYSTEM_PREFIX}${message.body}`;
    return i18n.exists(key) ? t(key, { ...message.data }) : t("system.unknown");
  };
}

/**
 * One message. Mine sit at the end side (right in English, left in Urdu), the other person's at
 * the start; system messages are centred notes. The body keeps the writer's direction.
 */
export function MessageBubble({
  message,
  mine,
  status,
  footer,
  card,
}: {
  message: Pick<ChatMessage, "kind" | "body" | "data" | "createdAt" | "attachments"> & { about?: ChatMessage["about"] };
  mine: boolean;
  /** Under the bubble: "Sending…", "Seen", a retry button. */
  status?: ReactNode;
  footer?: ReactNode;
  /** A system message's card (a custom offer's terms and answers); otherwise a link to what it is about. */
  card?: ReactNode;
}) {
  const { t, i18n } = useTranslation("chat");
  const systemText = useSystemText();
  const locale = i18n.language as Locale;
  const time = formatDate(message.createdAt, locale, { timeStyle: "short", dateStyle: "medium" });
  if (message.kind === "SYSTEM") {
    return (
      <div className="mx-auto max-w-prose rounded-md bg-stone-100 px-4 py-2 text-center text-sm text-stone-700">
        <p>{systemText(message)}</p>
        {card ??
          (message.about?.offerId ? (
            <Link to={`/offers/${encodeURIComponent(message.about.offerId)}`} className="font-semibold text-emerald-800 underline">
              {t("offer.view")}
            </Link>
          ) : null)}
        <time dateTime={message.createdAt} className="text-xs text-stone-500">
          {time}
        </time>
      </div>
    );
  }
  return (
    <div className={`flex max-w-[85%] flex-col gap-1 sm:max-w-[70%] ${mine ? "ms-auto items-end" : "me-auto items-start"}`}>
      <div
        className={`flex flex-col gap-2 rounded-2xl px-4 py-2 ${mine ? "rounded-ee-sm bg-emerald-700 text-white" : "rounded-es-sm border border-stone-200 bg-white text-stone-900"}`}
      >
        {message.body ? (
          <p dir="auto" className="whitespace-pre-wrap break-words leading-relaxed">
            {message.body}
          </p>
        ) : null}
        {message.attachments.map((attachment) => (
          <AttachmentView key={attachment.id} attachment={attachment} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <time dateTime={message.createdAt}>{time}</time>
        {status}
      </div>
      {footer}
    </div>
  );
}
