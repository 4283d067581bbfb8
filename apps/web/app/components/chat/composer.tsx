import type { ChatAttachment } from "@hunar/chat/realtime/events";
import { Button } from "@hunar/ui/button";
import { FieldError, inputClassName } from "@hunar/ui/field";
import { FileField } from "@hunar/ui/file-field";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { UploadError, uploadAttachments } from "#app/chat/upload-attachments.ts";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import { ResendVerificationLink } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";

export const MAX_MESSAGE_CHARS = 5000;
export const ATTACHMENT_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.zip,.txt";

/**
 * The send form. Without JavaScript it is a multipart post to the page's action (text and files
 * together, with a client message id the server rendered, so posting it twice stores it once).
 * With the live connection it uploads the files first, then hands text and attachments to
 * `onSend`, which queues the message in the outbox and sends it over the socket.
 */
export function Composer({
  clientMessageId,
  live,
  limits,
  errors,
  draft,
  onSend,
  onTyping,
}: {
  clientMessageId: string;
  live: boolean;
  limits: { maxMb: number; maxFiles: number };
  errors: { body?: Message; file?: Message; form?: Message | undefined } | undefined;
  /** What was typed when the server refused the message, so nothing is lost. */
  draft: string;
  onSend: (body: string, attachments: ChatAttachment[]) => void;
  onTyping: () => void;
}) {
  const { t, i18n } = useTranslation("chat");
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!live) return; // The browser (or the router) posts the form to the action.
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = typeof data.get("body") === "string" ? (data.get("body") as string) : "";
    const files = data.getAll("file").filter((file): file is File => file instanceof File && file.size > 0);
    if (body.trim() === "" && files.length === 0) return;
    setUploadError(null);
    // Refused here at once rather than after minutes of uploading on a slow line.
    if (files.length > limits.maxFiles) {
      setUploadError(t("errors.attachments.tooMany", { max: limits.maxFiles }));
      return;
    }
    if (files.some((file) => file.size > limits.maxMb * 1024 * 1024)) {
      setUploadError(t("errors.attachments.tooLarge", { maxMb: limits.maxMb }));
      return;
    }
    let attachments: ChatAttachment[] = [];
    if (files.length > 0) {
      setUploading(true);
      try {
        attachments = await uploadAttachments(files);
      } catch (error) {
        const reason = error instanceof UploadError ? error.reason : null;
        setUploadError(reason ?? t("conversation.uploadFailed"));
        return;
      } finally {
        setUploading(false);
      }
    }
    onSend(body, attachments);
    form.reset();
    form.querySelector("textarea")?.focus();
  }

  // Enter sends, Shift+Enter starts a new line (as in every chat app); not while composing with an IME.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing || !live) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  }

  const bodyError = message(errors?.body);
  const fileError = uploadError ?? message(errors?.file);
  return (
    <Form
      ref={formRef}
      method="post"
      encType="multipart/form-data"
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-2 border-t border-stone-200 bg-white p-3"
      aria-label={t("conversation.messageLabel")}
    >
      <input type="hidden" name="intent" value="send" />
      <input type="hidden" name="clientMessageId" value={clientMessageId} />
      {errors?.form && !errors.body && !errors.file ? (
        <FieldError id="composer-form-error">
          {message(errors.form)}
          <ResendVerificationLink messageKey={errors.form.key} />
        </FieldError>
      ) : null}
      <label htmlFor="composer-body" className="sr-only">
        {t("conversation.messageLabel")}
      </label>
      <textarea
        id="composer-body"
        name="body"
        rows={2}
        dir="auto"
        defaultValue={draft}
        maxLength={MAX_MESSAGE_CHARS}
        placeholder={t("conversation.messageLabel")}
        className={`${inputClassName} resize-y leading-relaxed`}
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={bodyError ? "composer-body-error" : undefined}
        onChange={onTyping}
        onKeyDown={onKeyDown}
      />
      <FieldError id="composer-body-error">{bodyError}</FieldError>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <FileField
          id="composer-files"
          name="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          className="min-w-0 flex-1 text-sm"
          label={t("conversation.attach")}
          labelClassName="text-sm font-medium text-stone-800"
          hint={t("conversation.attachHint", { maxMb: limits.maxMb, max: limits.maxFiles })}
          error={fileError}
          {...fileFieldTexts(t, i18n.language, "many")}
        />
        <Button type="submit" disabled={uploading}>
          {uploading ? t("conversation.uploading") : t("conversation.send")}
        </Button>
      </div>
    </Form>
  );
}
