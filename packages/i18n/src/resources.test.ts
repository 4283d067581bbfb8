import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "./config.ts";
import { NAMESPACES, resources, type MessageTree } from "./resources.ts";

/** Flattens a namespace into `a.b.c` keys with their strings. */
function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? "").sort();
}

const [first, ...others] = SUPPORTED_LOCALES;

describe("locale resources", () => {
  for (const ns of NAMESPACES) {
    for (const other of others) {
      it(`${ns}: ${first} and ${other} have the same keys`, () => {
        const a = [...flatten(resources[first][ns]).keys()].sort();
        const b = [...flatten(resources[other][ns]).keys()].sort();
        expect({ missingIn: other, keys: a.filter((k) => !b.includes(k)) }).toEqual({ missingIn: other, keys: [] });
        expect({ missingIn: first, keys: b.filter((k) => !a.includes(k)) }).toEqual({ missingIn: first, keys: [] });
      });

      it(`${ns}: ${first} and ${other} use the same {{placeholders}}`, () => {
        const a = flatten(resources[first][ns]);
        const b = flatten(resources[other][ns]);
        const mismatched = [...a].filter(([key, text]) => {
          const translated = b.get(key);
          return translated !== undefined && placeholders(text).join() !== placeholders(translated).join();
        });
        expect(mismatched.map(([key]) => key)).toEqual([]);
      });
    }

    for (const locale of SUPPORTED_LOCALES) {
      it(`${ns}: no empty ${locale} strings`, () => {
        const empty = [...flatten(resources[locale][ns])].filter(([, text]) => text.trim() === "");
        expect(empty.map(([key]) => key)).toEqual([]);
      });
    }
  }

  it("Urdu strings are written in Urdu script, not copied from English", () => {
    const latinOnly = NAMESPACES.flatMap((ns) =>
      [...flatten(resources.ur[ns])]
        .filter(([, text]) => !/[\u0600-\u06FF]/.test(text.replace(/\{\{[^}]*\}\}/g, "")))
        .map(([key, text]) => `${ns}:${key} = ${text}`),
    );
    expect(latinOnly).toEqual([]);
  });
});
