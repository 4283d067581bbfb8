import { z } from "zod";
import { line, profileError } from "../text-schemas.ts";

export const CERTIFICATE_TITLE_MAX = 120;
export const ISSUER_MAX = 100;
const EARLIEST = "1950-01-01";

/** "YYYY-MM-DD" as a date input posts it; blank is none; not before 1950, not in the future. */
const ZIssuedOn = z
  .string({ error: "errors:invalid" })
  .refine((value) => value.length <= 20, { error: profileError("issuedOnInvalid"), abort: true })
  .nullish()
  .transform((value, context) => {
    if (value === null || value === undefined || value.trim() === "") return null;
    const text = value.trim();
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text || text < EARLIEST) {
      context.addIssue({ code: "custom", message: profileError("issuedOnInvalid") });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + 24 * 60 * 60 * 1000) {
      context.addIssue({ code: "custom", message: profileError("issuedOnFuture") });
      return z.NEVER;
    }
    return date;
  });

export const ZCertificateText = z.object({
  // Names of courses and institutes carry no contact details; an issuer's site may be typed as a name.
  title: line(2, CERTIFICATE_TITLE_MAX),
  issuer: line(2, ISSUER_MAX),
  issuedOn: ZIssuedOn,
});
