import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { z } from "zod";

export const ZMove = z.object({
  id: z.string({ error: "errors:invalid" }).min(1, { error: "errors:invalid" }).max(64, { error: "errors:invalid" }),
  direction: z.enum(["up", "down"], { error: "errors:invalid" }),
});

export const ZReorder = z.object({
  ids: z
    .array(z.string({ error: "errors:invalid" }).max(64, { error: "errors:invalid" }), { error: "errors:invalid" })
    .max(50, { error: "errors:invalid" }),
});

/** The list with one id moved a place up or down (unchanged at either end); NOT_FOUND for an id not in it. */
export function moved(ids: readonly string[], raw: unknown, notFoundKey: string): string[] {
  const { id, direction } = parseInput(ZMove, raw);
  const from = ids.indexOf(id);
  if (from === -1) throw new AppError("NOT_FOUND", notFoundKey);
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to] ?? id, id];
  return next;
}

/** A complete new order of the list: exactly its ids, each once. */
export function reordered(ids: readonly string[], raw: unknown, badKey: string): string[] {
  const { ids: wanted } = parseInput(ZReorder, raw);
  const same = wanted.length === ids.length && new Set(wanted).size === wanted.length && wanted.every((id) => ids.includes(id));
  if (!same) throw new AppError("BAD_INPUT", "errors:badInput", { fields: { ids: { key: badKey } } });
  return wanted;
}
