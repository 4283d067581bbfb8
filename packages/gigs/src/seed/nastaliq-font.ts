import { randomUUID } from "node:crypto";
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woff-to-sfnt.ts";

/** Pango's name for the face in the file below. */
export const NASTALIQ_FAMILY = "Noto Nastaliq Urdu";

const WOFF = "files/noto-nastaliq-urdu-arabic-400-normal.woff";
const TTF_NAME = "hunar-noto-nastaliq-urdu-5.3.0-400.ttf";

let converted: Promise<string> | undefined;

/**
 * A path to Noto Nastaliq Urdu as a TrueType file, for drawing Urdu text with sharp: the same font
 * the Urdu pages load, from the same package, converted once per machine into the temp folder
 * (written under another name and renamed, so a reader never sees half a file).
 */
export function nastaliqFontFile(): Promise<string> {
  converted ??= (async () => {
    const target = join(tmpdir(), TTF_NAME);
    if (
      await stat(target).then(
        (s) => s.size > 0,
        () => false,
      )
    )
      return target;
    // The package's exports name only its CSS; its LICENSE is exported and sits at its root.
    const root = dirname(createRequire(import.meta.url).resolve("@fontsource/noto-nastaliq-urdu/LICENSE"));
    const ttf = woffToSfnt(await readFile(join(root, WOFF)));
    const partial = `${target}.${randomUUID()}`;
    await writeFile(partial, ttf);
    await rename(partial, target);
    return target;
  })();
  return converted;
}
