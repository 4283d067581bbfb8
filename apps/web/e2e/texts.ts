import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Tree = { [key: string]: string | Tree };

/**
 * The app's own strings, read from the i18n resources, so tests find controls by the text a
 * person sees in each language and fail if a page shows a key or the wrong language.
 */
export function texts(locale: "ur" | "en", namespace: string) {
  const file = fileURLToPath(import.meta.resolve(`@hunar/i18n/locales/${locale}/${namespace}.json`));
  const tree = JSON.parse(readFileSync(file, "utf8")) as Tree;
  return (key: string): string => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no ${locale} text for ${namespace}:${key}`);
    return node;
  };
}
