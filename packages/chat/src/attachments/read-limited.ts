import { attachmentError } from "./attachment-errors.ts";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "./limits.ts";

/**
 * Collects a stream into memory, refusing it (BAD_INPUT `tooLarge`) as soon as it passes the
 * limit: at most `maxBytes` (plus one chunk) is ever held, and the rest is never read.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array>, maxBytes = MAX_ATTACHMENT_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early calls the iterator's return(), which destroys a Node stream.
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > maxBytes) throw attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
