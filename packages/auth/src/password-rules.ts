// Light rules, safe to ship to the browser for inline validation. The breached-password check
// lives in common-passwords.ts because its dictionary is large.

export const PASSWORD_MIN = 8;
// argon2 would hash megabytes happily; a cap keeps a single login from being a CPU weapon.
export const PASSWORD_MAX = 128;

export interface PasswordProblem {
  key: string;
  params?: Record<string, number>;
}

export function passwordLengthProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return { key: "errors:passwordTooShort", params: { min: PASSWORD_MIN } };
  if (length > PASSWORD_MAX) return { key: "errors:passwordTooLong", params: { max: PASSWORD_MAX } };
  return null;
}

/** The account's own email, its local part or the person's name are the first guesses an attacker makes. */
export function matchesIdentity(password: string, identity: { email?: string; name?: string }): boolean {
  const folded = password.trim().toLowerCase();
  const email = identity.email?.trim().toLowerCase() ?? "";
  const name = identity.name?.trim().toLowerCase() ?? "";
  const candidates = [email, email.split("@")[0] ?? "", name, name.replace(/\s+/g, "")];
  return candidates.some((candidate) => candidate !== "" && candidate === folded);
}
