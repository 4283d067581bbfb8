// Images made on the spot for tests of image bounds: animations as an editor exports them, photos
// that take a while to re-encode, and frame bombs built byte by byte (tiny files that would cost
// minutes of a core to re-encode).
import sharp from "sharp";

/**
 * A JPEG of noise, as hard to re-encode as a photo gets: 2400 x 1800 px is about 2 MB and keeps
 * sharp busy for most of a second (two seconds at chat's WebP effort), long enough for a test to
 * see it in processing.
 */
export function noisyPhoto(width = 2400, height = 1800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "white", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .jpeg({ quality: 70 })
    .toBuffer();
}

/**
 * A GIF of `frames` one-pixel frames on a `width` x `height` canvas, built byte by byte: a
 * header, a two-colour palette, a loop extension, then per frame a graphic control extension
 * (10 ms), an image descriptor and the pixel's LZW data (clear, colour, end: 3-bit codes), and
 * the trailer. 23 bytes a frame: 100,000 frames are 2.3 MB, a frame bomb that cost minutes of CPU
 * to re-encode before frames were counted.
 */
export function frameBombGif(frames = 100_000, { width = 1, height = 1 }: { width?: number; height?: number } = {}): Buffer<ArrayBuffer> {
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const head = [
    ...Buffer.from("GIF89a", "ascii"),
    ...u16(width),
    ...u16(height),
    0x80, // global colour table of 2 entries
    0,
    0,
    ...[0, 0, 0, 255, 255, 255],
    ...[0x21, 0xff, 0x0b, ...Buffer.from("NETSCAPE2.0", "ascii"), 0x03, 0x01, 0, 0, 0x00],
  ];
  const frame = (index: number) => {
    const left = index % width;
    const top = Math.floor(index / width) % height;
    return [
      ...[0x21, 0xf9, 0x04, 0x04, ...u16(1), 0x00, 0x00], // keep the frame, 10 ms
      ...[0x2c, ...u16(left), ...u16(top), ...u16(1), ...u16(1), 0x00],
      ...[0x02, 0x02, index % 2 === 0 ? 0x44 : 0x4c, 0x01, 0x00],
    ];
  };
  const out = Buffer.alloc(head.length + frames * 23 + 1);
  out.set(head, 0);
  let offset = head.length;
  for (let index = 0; index < frames; index += 1) {
    out.set(frame(index), offset);
    offset += 23;
  }
  out[offset] = 0x3b;
  return out;
}

/** An animated GIF as an editor exports one: `frames` frames of noise (no two alike), each `side` px square. */
export function animatedGif(frames: number, side: number): Promise<Buffer> {
  return sharp({
    create: {
      width: side,
      height: side * frames,
      channels: 3,
      background: "white",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
      pageHeight: side,
    },
  })
    .gif({ delay: 80, loop: 0, effort: 1 })
    .toBuffer();
}

function riffChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(type, 0, "ascii");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data.length % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

const u24 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]);

/**
 * An animated WebP of `frames` one-pixel frames on a `side` x `side` canvas, assembled from one
 * lossless pixel sharp encodes (VP8X with the animation flag, ANIM, then an ANMF per frame):
 * 50 bytes a frame, so 100,000 frames are 5 MB, a frame bomb whose header alone took libvips
 * 15 s to read.
 */
export async function animatedWebp(frames: number, side = 200): Promise<Buffer> {
  const pixel = await sharp({ create: { width: 1, height: 1, channels: 4, background: { r: 20, g: 120, b: 90, alpha: 1 } } })
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
