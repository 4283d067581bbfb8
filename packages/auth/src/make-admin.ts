import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { generateSessionToken } from "./session-token.ts";
import { type PasswordHashingOptions, hashPassword } from "./password.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZEmail } from "./validation.ts";
import { z } from "zod";

export type MakeAdminResult =
  { status: "promoted" | "alreadyAdmin"; email: string } | { status: "created"; email: string; password: string };

const ZMakeAdmin = z.object({
  email: ZEmail,
  name: z.string().trim().min(1).max(80).optional(),
});

/**
 * Makes the account with this email an administrator, or creates one. A new account gets a
 * generated password (160 random bits) that is returned exactly once: there is no default admin
 * password anywhere, in any environment.
 */
export async function makeAdmin(
  db: Db,
  rawInput: { email: string; name?: string },
  opts: { passwordHashing?: PasswordHashingOptions } = {},
): Promise<MakeAdminResult> {
  const input = parseInput(ZMakeAdmin, rawInput);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, isAdmin: true } });
  if (existing?.isAdmin) return { status: "alreadyAdmin", email: input.email };
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { isAdmin: true } });
    return { status: "promoted", email: input.email };
  }
  const password = generateSessionToken();
  const passwordHash = await hashPassword(password, opts.passwordHashing);
  try {
    await db.user.create({
      data: {
        email: input.email,
        passwordHash,
        displayName: input.name ?? "Hunar admin",
        intent: "BOTH",
        isAdmin: true,
        // Whoever runs the command vouches for the address; there is no inbox to wait for.
        emailVerifiedAt: new Date(),
      },
    });
  } catch (error) {
    throw new AppError("CONFLICT", "errors:conflict", { cause: error });
  }
  return { status: "created", email: input.email, password };
}
