// Real files made on the spot for tests: what a browser would upload, and what nobody should.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import sharp from "sharp";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 90 } } });

export const samplePng = (width = 800, height = 600): Promise<Buffer> => solid(width, height).png().toBuffer();
export const sampleJpeg = (width = 800, height = 600): Promise<Buffer> =>
  solid(width, height)
    .jpeg()
    .withExif({ IFD0: { Artist: "Secret Person" } })
    .toBuffer();

export function samplePdf(): Buffer {
  return Buffer.from(
    "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  );
}

/** A page of HTML saved as photo.png. */
export const htmlAsImage = (): Buffer => Buffer.from("<html><script>alert(1)</script></html>");

/** A temporary upload root with the profiles area; `close` removes it. */
export async function temporaryProfileStorage(): Promise<{ storage: LocalDiskUploadStorage; root: string; close(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "hunar-profiles-"));
  return { storage: new LocalDiskUploadStorage(root, "profiles"), root, close: () => rm(root, { recursive: true, force: true }) };
}
