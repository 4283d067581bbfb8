import { readdirSync, readFileSync } from "node:fs";

// For tests that check wording: every string of every locale file on disk, so a namespace added
// later is checked without anyone remembering to list it. Node only (reads the files).

export interface LocaleString {
  file: string;
  key: string;
  text: string;
}

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value]] : flatten(value, path);
  });
}

export function localeStrings(language: "ur" | "en"): LocaleString[] {
  const dir = new URL(`../locales/${language}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const tree = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Tree;
      return flatten(tree, "").map(([key, text]) => ({ file, key, text }));
    });
}
