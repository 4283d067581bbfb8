/**
 * The same-site path that serves an attachment (to the conversation's participants only). The
 * file name is there for the browser's download name and readable links; the server looks the
 * attachment up by id alone.
 */
export function attachmentPath(attachment: { id: string; fileName: string }): string {
  return `/attachments/${encodeURIComponent(attachment.id)}/${encodeURIComponent(attachment.fileName)}`;
}
