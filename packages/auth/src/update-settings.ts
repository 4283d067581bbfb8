import type { Db, Tx } from "@hunar/db/client";
import { z } from "zod";
import { parseInput } from "@hunar/core/parse-input";
import { type SessionUser, sessionUserSelect } from "./session-user.ts";
import { LOCALES, NAME_MAX } from "./validation.ts";

const required = { error: "errors:required" } as const;

/** The account settings a user edits: the name others see and the language the site speaks. */
export const ZAccountSettings = z.object({
  displayName: z.string(required).trim().min(1, required).max(NAME_MAX, { error: "errors:tooLong" }),
  preferredLocale: z.enum(LOCALES, { error: "errors:localeInvalid" }),
});

export type AccountSettingsInput = z.infer<typeof ZAccountSettings>;

/** Saves the user's display name and preferred language. Bad input throws BAD_INPUT and writes nothing. */
export async function updateAccountSettings(db: Db | Tx, userId: string, rawInput: unknown): Promise<SessionUser> {
  const input = parseInput(ZAccountSettings, rawInput);
  return db.user.update({
    where: { id: userId },
    data: { displayName: input.displayName, preferredLocale: input.preferredLocale },
    select: sessionUserSelect,
  });
}
