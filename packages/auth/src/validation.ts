import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, matchesIdentity } from "./password-rules.ts";

// Schemas shared by the server and by forms for inline validation. Every message is an i18n key
// in the `errors` namespace; @hunar/core/parse-input turns issues into field errors with their params.
// Nothing here pulls in server-only code.

export const NAME_MAX = 80;
export const EMAIL_MAX = 254; // RFC 5321 path limit
export { PASSWORD_MAX, PASSWORD_MIN };

const required = { error: "errors:required" } as const;

const ZName = z.string(required).trim().min(1, required).max(NAME_MAX, { error: "errors:tooLong" });

/** Emails are compared and stored trimmed and lower-cased so one person gets one account. */
export const ZEmail = z
  .string(required)
  .trim()
  .toLowerCase()
  .min(1, required)
  .max(EMAIL_MAX, { error: "errors:tooLong" })
  .pipe(z.email({ error: "errors:emailInvalid" }));

const ZNewPassword = z
  .string(required)
  .min(1, required)
  .min(PASSWORD_MIN, { error: "errors:passwordTooShort" })
  .max(PASSWORD_MAX, { error: "errors:passwordTooLong" });

const ZAnyPassword = z.string(required).min(1, required).max(PASSWORD_MAX, { error: "errors:passwordTooLong" });

export const ACCOUNT_INTENTS = ["HIRE", "WORK", "BOTH"] as const;
export const LOCALES = ["ur", "en"] as const;

export const ZSignUp = z
  .object({
    name: ZName,
    email: ZEmail,
    password: ZNewPassword,
    intent: z.enum(ACCOUNT_INTENTS, { error: "errors:intentInvalid" }),
    locale: z.enum(LOCALES, { error: "errors:localeInvalid" }),
  })
  .refine((input) => !matchesIdentity(input.password, { email: input.email, name: input.name }), {
    error: "errors:passwordMatchesIdentity",
    path: ["password"],
  });

export const ZLogIn = z.object({
  email: ZEmail,
  password: ZAnyPassword,
});

export const ZChangePassword = z
  .object({
    currentPassword: ZAnyPassword,
    newPassword: ZNewPassword,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    error: "errors:passwordUnchanged",
    path: ["newPassword"],
  });

/** "Forgot your password?": the address to send a reset link to. */
export const ZForgotPassword = z.object({ email: ZEmail });

/** The token from an e-mailed link (bounded; its shape is the lookup's business). */
export const ZAccountToken = z.string(required).min(1, required).max(128, { error: "errors:tooLong" });

export const ZResetPassword = z.object({ token: ZAccountToken, newPassword: ZNewPassword });

export const ZChangeEmail = z.object({ newEmail: ZEmail, currentPassword: ZAnyPassword });

export type SignUpInput = z.infer<typeof ZSignUp>;
export type LogInInput = z.infer<typeof ZLogIn>;
export type ChangePasswordInput = z.infer<typeof ZChangePassword>;
export type ForgotPasswordInput = z.infer<typeof ZForgotPassword>;
export type ResetPasswordInput = z.infer<typeof ZResetPassword>;
export type ChangeEmailInput = z.infer<typeof ZChangeEmail>;
