// The verified-email rule for everything above the domain floor; defined with the User model in
// @hunar/db (gigs and chat, auth's neighbours, need it and may not import auth). Auth is where an
// address gets verified: sign-up sends the link, verify-email.ts uses it.
export {
  type VerifiedEmailFields,
  assertEmailVerified,
  emailNotVerifiedError,
  isEmailVerified,
  requireVerifiedEmail,
  verifiedEmailSelect,
  verifiedEmailSql,
} from "@hunar/db/verified-email";
