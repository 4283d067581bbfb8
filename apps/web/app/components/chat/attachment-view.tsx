import type { ChatAttachment } from "@hunar/chat/realtime/events";
import type { Locale } from "@hunar/i18n/config";
import { formatFileSize } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";

/** "840 kB" / "2.4 MB", through the one file-size formatter. */
export function useFileSize() {
  const { i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  return (bytes: number) => formatFileSize(bytes, locale);
}

/** Images inline (opening full size), documents as download links with name and size. */
export function AttachmentView({ attachment }: { attachment: ChatAttachment }) {
  const { t } = useTranslation("chat");
  const fileSize = useFileSize();
  if (attachment.isImage) {
    return (
      <a href={attachment.url} target="_blank" rel="noopener" className="block">
        <img
          src={attachment.url}
          alt={t("conversation.imageAlt", { name: attachment.fileName })}
          width={attachment.width ?? undefined}
          height={attachment.height ?? undefined}
          loading="lazy"
          className="h-auto max-h-72 w-auto max-w-full rounded-md border border-stone-200 bg-stone-100"
        />
      </a>
    );
  }
  return (
    <a
      href={attachment.url}
      download={attachment.fileName}
      className="flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-emerald-800 underline"
    >
      <span aria-hidden="true">📄</span>
      <span dir="auto" className="min-w-0 break-all">
        {t("conversation.download", { name: attachment.fileName, size: fileSize(attachment.byteSize) })}
      </span>
    </a>
  );
}
