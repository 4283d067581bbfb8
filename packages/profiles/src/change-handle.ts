import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { ZHandle } from "./handle-rules.ts";
import { isUniqueViolation } from "./unique-violation.ts";

/**
 * `previous` is the handle the form showed (null for none): a form left open in another tab, or
 * a request that never saw the page, changes nothing (`handleChanged`).
 */
export const ZChangeHandle = z.object({
  handle: ZHandle,
  previous: z.string({ error: "errors:invalid" }).max(64, { error: "errors:invalid" }).nullable(),
});

const taken = () => new AppError("CONFLICT", "errors:badInput", { fields: { handle: { key: "profiles:errors.handleTaken" } } });

/**
 * Gives the user a new public address `/u/<handle>`. The unique index decides a race: of two
 * people claiming the same handle at once, one gets it and the other `handleTaken`. The old
 * address stops working (404): there is no history of handles to redirect from, and keeping
 * one would let a released handle point at two people.
 */
export async function changeHandle(db: Db, userId: string, raw: unknown): Promise<{ handle: string }> {
  const { handle, previous } = parseInput(ZChangeHandle, raw);
  const current = await db.user.findUnique({ where: { id: userId }, select: { handle: true } });
  if (!current) throw new AppError("NOT_FOUND", "profiles:errors.profileNotFound");
  if ((current.handle ?? null) !== (previous === "" ? null : previous)) {
    throw new AppError("CONFLICT", "errors:badInput", { fields: { handle: { key: "profiles:errors.handleChanged" } } });
  }
  const owner = await db.user.findUnique({ where: { handle }, select: { id: true } });
  if (owner && owner.id !== userId) throw taken();
  if (owner) return { handle };
  try {
    await db.user.update({ where: { id: userId }, data: { handle }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return { handle };
}
