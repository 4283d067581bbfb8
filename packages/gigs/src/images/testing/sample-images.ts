// Real image files made on the spot for tests: sharp encodes them, so they are exactly what a
// browser would upload, and hand-built bytes cover what no encoder would write (lying headers).
// Animations and frame bombs are @hunar/core/images/testing/sample-images.
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 30 } } });

export function samplePng(width = 800, height = 600): Promise<Buffer> {
  return solid(width, height).png().toBuffer();
}

export function sampleJpeg(width = 800, height = 600, options: { orientation?: number; artist?: string } = {}): Promise<Buffer> {
  let image = solid(width, height).jpeg();
  if (options.orientation !== undefined) image = image.withMetadata({ orientation: options.orientation });
  if (options.artist) image = image.withExif({ IFD0: { Artist: options.artist } });
  return image.toBuffer();
}

export function sampleWebp(width = 800, height = 600): Promise<Buffer> {
  return solid(width, height).webp().toBuffer();
}

/** A real PDF document's opening, saved under an image name by whoever uploads it. */
export function samplePdf(): Buffer {
  return Buffer.from(
    "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
      "trailer << /Root 1 0 R >>\n%%EOF\n",
  );
}

/** `size` bytes that start as a JPEG and go on with noise: too big to be looked at. */
export function oversizedJpegLike(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x5a);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A tiny, well-formed PNG whose header claims `width` x `height` pixels: the classic pixel
 * flood, a few hundred bytes that would make a naive decoder allocate gigabytes.
 */
export function pixelFloodPng(width = 100_000, height = 100_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, default compression, filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(1024))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
