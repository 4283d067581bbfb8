const RIFF_HEADER_BYTES = 12; // "RIFF", the size, "WEBP"
const ANMF = [0x41, 0x4e, 0x4d, 0x46];

/**
 * The frames of a WebP file (its ANMF chunks), from the chunk headers alone and counting no
 * further than `stopAt`: one step a chunk. libvips reads an animated WebP's header in time that
 * grows with the square of the frame count (100,000 one-pixel frames: 15 s of a core, before
 * anything could be refused), so a WebP's frames are counted here first.
 */
export function countWebpFrames(bytes: Uint8Array, stopAt = Number.POSITIVE_INFINITY): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let frames = 0;
  let offset = RIFF_HEADER_BYTES;
  while (offset + 8 <= bytes.byteLength) {
    if (ANMF.every((byte, i) => bytes[offset + i] === byte)) {
      frames += 1;
      if (frames >= stopAt) return frames;
    }
    const size = view.getUint32(offset + 4, true);
    // A chunk's data is padded to an even length.
    offset += 8 + size + (size % 2);
  }
  return frames;
}
