import { type FieldError, badInput } from "@hunar/core/app-error";
import { isCommonPassword } from "./common-passwords.ts";
import type { AuthMailDeps, RequestMeta } from "./deps.ts";
import { hashPassword } from "./password.ts";
import { validateInput } from "@hunar/core/parse-input";
import { sendVerificationLink } from "./send-verification.ts";
import { createSession } from "./session.ts";
import { type Session, type SessionUser, sessionUserSelect } from "./session-user.ts";
import { isUniqueViolation } from "./unique-violation.ts";
import { ZSignUp } from "./validation.ts";

const emailTaken = () => badInput({ email: { key: "errors:emailTaken" } });

/**
 * Creates an account, signs it in and mails the link that verifies its address (until then it
 * can look around but not post, order or open a chat). Bad input, a taken email or a rate limit
 * writes nothing.
 */
export async function signUp(
  deps: AuthMailDeps,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ user: SessionUser; token: string; session: Session }> {
  const input = validateSignUp(rawInput);
  await deps.limiter.beforeSignUp(input.email, meta.ip);

  const existing = await deps.db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw emailTaken();

  const passwordHash = await hashPassword(input.password, deps.passwordHashing);
  let user: SessionUser;
  try {
    user = await deps.db.user.create({
      data: {
        email: input.email,
        passwordHash,
        displayName: input.name,
        intent: input.intent,
        preferredLocale: input.locale,
      },
      select: sessionUserSelect,
    });
  } catch (error) {
    // Two signups with one email can both pass the lookup above; the unique index lets exactly
    // one insert win and the other gets the same answer as if it had come second.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const { token, session } = await createSession(deps.db, user.id, meta);
  await sendVerificationLink(deps, user, { purpose: "VERIFY_EMAIL", to: user.email, ...(meta.now ? { now: meta.now } : {}) });
  return { user, token, session };
}

function validateSignUp(rawInput: unknown) {
  const result = validateInput(ZSignUp, rawInput);
  const fields: Record<string, FieldError> = result.ok ? {} : { ...result.fields };
  const password = (rawInput as { password?: unknown } | null)?.password;
  if (!fields.password && typeof password === "string" && isCommonPassword(password)) {
    fields.password = { key: "errors:passwordCommon" };
  }
  if (!result.ok || Object.keys(fields).length > 0) throw badInput(fields);
  return result.data;
}
