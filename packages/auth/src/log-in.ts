import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, withoutActiveUserFields } from "./active-user.ts";
import type { AuthDeps, RequestMeta } from "./deps.ts";
import { type PasswordHashingOptions, OWASP_HASHING, hashPassword, verifyPassword } from "./password.ts";
import { parseInput } from "@hunar/core/parse-input";
import { createSession } from "./session.ts";
import { type Session, type SessionUser, sessionUserSelect } from "./session-user.ts";
import { ZLogIn } from "./validation.ts";

export const invalidCredentials = () => new AppError("UNAUTHENTICATED", "errors:invalidCredentials");

/** Checks the password and starts a new session (a new token every login, never reused). */
export async function logIn(
  deps: AuthDeps,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ user: SessionUser; token: string; session: Session }> {
  const input = parseInput(ZLogIn, rawInput);
  await deps.limiter.beforeLogIn(input.email, meta.ip);

  const found = await deps.db.user.findUnique({
    where: { email: input.email },
    select: { ...sessionUserSelect, ...activeUserSelect, suspendedReason: true, passwordHash: true },
  });
  // Unknown emails still cost one hash, so response time does not reveal who has an account.
  const valid = found
    ? await verifyPassword(found.passwordHash, input.password)
    : await verifyPassword(await decoyHash(deps.passwordHashing), input.password);
  if (!found || !valid) throw invalidCredentials();

  await deps.limiter.logInSucceeded(input.email, meta.ip);
  // Only the account's owner (the password was right) learns why it was suspended and how to appeal.
  if (found.suspendedAt) {
    throw new AppError("FORBIDDEN", "auth:suspension.loginRefused", { params: { reason: found.suspendedReason ?? "" } });
  }
  const { passwordHash: _hash, suspendedReason: _reason, ...user } = withoutActiveUserFields(found);
  const { token, session } = await createSession(deps.db, user.id, meta);
  return { user, token, session };
}

const decoys = new Map<string, Promise<string>>();

function decoyHash(opts: PasswordHashingOptions = OWASP_HASHING): Promise<string> {
  const key = JSON.stringify(opts);
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword(crypto.randomUUID(), opts);
    decoys.set(key, decoy);
  }
  return decoy;
}
