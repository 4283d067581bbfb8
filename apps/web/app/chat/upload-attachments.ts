import type { ChatAttachment } from "@hunar/chat/realtime/events";

/** The upload endpoint: one multipart POST per file (field `file`), answering `{ attachment }`. */
export const ATTACHMENT_UPLOAD_URL = "/api/chat/attachments";

export class UploadError extends Error {
  /** The server's reason, already in the reader's language; null when the network failed. */
  constructor(readonly reason: string | null) {
    super(reason ?? "upload failed");
  }
}

async function refusalOf(response: Response): Promise<UploadError> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return new UploadError(typeof body.error?.message === "string" ? body.error.message : null);
  } catch {
    return new UploadError(null);
  }
}

/**
 * Uploads the chosen files one after another (a phone on a slow line does better with one at a
 * time) and returns them as attachments to send. A refusal names the reason when the server gave
 * one; a network failure has none.
 */
export async function uploadAttachments(files: readonly File[]): Promise<ChatAttachment[]> {
  const uploaded: ChatAttachment[] = [];
  for (const file of files) {
    const body = new FormData();
    body.append("file", file, file.name);
    let response: Response;
    try {
      response = await fetch(ATTACHMENT_UPLOAD_URL, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
    } catch {
      throw new UploadError(null);
    }
    if (!response.ok) throw await refusalOf(response);
    const { attachment } = (await response.json()) as { attachment: ChatAttachment };
    uploaded.push(attachment);
  }
  return uploaded;
}
