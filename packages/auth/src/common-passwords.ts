import { dictionary } from "@zxcvbn-ts/language-common";
import { type PasswordProblem, matchesIdentity, passwordLengthProblem } from "./password-rules.ts";

let common: Set<string> | undefined;

/** ~49k passwords from public breach lists (zxcvbn's list, all lower-case). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.trim().toLowerCase());
}

/** Every password rule at once; the server's final word. Null when the password is acceptable. */
export function passwordProblem(password: string, identity: { email?: string; name?: string } = {}): PasswordProblem | null {
  const lengthProblem = passwordLengthProblem(password);
  if (lengthProblem) return lengthProblem;
  if (isCommonPassword(password)) return { key: "errors:passwordCommon" };
  if (matchesIdentity(password, identity)) return { key: "errors:passwordMatchesIdentity" };
  return null;
}
