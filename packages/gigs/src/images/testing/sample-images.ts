// Real image files made on the spot for tests: sharp encodes them, so they are exactly what a
// browser would upload, and hand-built bytes cover what no encoder would write (lying headers).
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

/**
 * A GIF of `frames` one-pixel frames, built byte by byte (header, two-colour palette, then per
 * frame a graphic control extension, an image descriptor and the pixel's LZW data, the trailer):
 * 23 bytes a frame, so 100,000 frames are 2.3 MB, a frame bomb for a decoder that does not count.
 */
export function frameBombGif(frames = 100_000): Buffer {
  const head = [...Buffer.from("GIF89a", "ascii"), 1, 0, 1, 0, 0x80, 0, 0, ...[0, 0, 0, 255, 255, 255]];
  const frame = [0x21, 0xf9, 0x04, 0x04, 1, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];
  const out = Buffer.alloc(head.length + frames * frame.length + 1);
  out.set(head, 0);
  for (let index = 0; index < frames; index += 1) out.set(frame, head.length + index * frame.length);
  out[out.length - 1] = 0x3b;
  return out;
}

function riffChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(type, 0, "ascii");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data.length % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

const u24 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]);

/**
 * An animated WebP of `frames` frames of one pixel each on a `side` x `side` canvas, assembled
 * from one lossless pixel sharp encodes (VP8X with the animation flag, ANIM, then an ANMF per
 * frame): 50 bytes a frame, so 100,000 frames are 5 MB, a frame bomb whose header alone took libvips
 * 15 s to read.
 */
export async function animatedWebp(frames: number, side = 200): Promise<Buffer> {
  const pixel = await sharp({ create: { width: 1, height: 1, channels: 4, background: { r: 200, g: 80, b: 30, alpha: 1 } } })
    .webp({ lossless: true })
    .toBuffer();
  const vp8l = pixel.indexOf("VP8L", 12, "ascii");
  if (vp8l < 0) throw new Error("sharp wrote no VP8L chunk for one lossless pixel");
  const bitstream = pixel.subarray(vp8l, vp8l + 8 + pixel.readUInt32LE(vp8l + 4));
  // Frame position (x/2, y/2), size - 1, duration in ms, flags (no blending, no disposal).
  const frame = riffChunk("ANMF", Buffer.concat([u24(0), u24(0), u24(0), u24(0), u24(100), Buffer.from([0x02]), bitstream]));
  const vp8x = riffChunk("VP8X", Buffer.concat([Buffer.from([0x12, 0, 0, 0]), u24(side - 1), u24(side - 1)]));
  const anim = riffChunk("ANIM", Buffer.from([0, 0, 0, 0, 0, 0]));
  const body = Buffer.concat([Buffer.from("WEBP", "ascii"), vp8x, anim, ...Array.from({ length: frames }, () => frame)]);
  const riff = Buffer.alloc(8);
  riff.write("RIFF", 0, "ascii");
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}
