// Makes app/fonts/noto-nastaliq-urdu-400.woff2, the one Nastaliq file Urdu pages download: the
// regular weight of @fontsource/noto-nastaliq-urdu cut down to the characters of
// app/fonts/nastaliq-coverage.ts. The output is committed (see docs/decisions/019), so a build
// needs neither this script nor its WebAssembly subsetter; run it again after changing the
// coverage or the font package: `pnpm --filter @hunar/web run subset:nastaliq`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";
import { NASTALIQ_RANGES } from "../app/fonts/nastaliq-coverage.ts";

const source = fileURLToPath(import.meta.resolve("@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2"));
const target = fileURLToPath(new URL("../app/fonts/noto-nastaliq-urdu-400.woff2", import.meta.url));

const characters = NASTALIQ_RANGES.flatMap(([first, last]) =>
  Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
);
const original = readFileSync(source);
// Layout closure stays on: a letter's joined forms and ligatures are glyphs no character maps to.
const subset = await subsetFont(original, characters.join(""), { targetFormat: "woff2" });
writeFileSync(target, subset);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`noto-nastaliq-urdu-400.woff2: ${characters.length} characters, ${kib(original.length)} -> ${kib(subset.length)}`);
