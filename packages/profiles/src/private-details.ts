import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { profileError } from "./text-schemas.ts";

// The CNIC (13 digits, shown as 12345-1234567-1), the NTN and the PSEB registration number are
// private: only their owner reads them (and an admin checking them). Public pages get a badge
// for a verified CNIC or PSEB registration, never a number.

const digitsOf = (value: string) =>
  value.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

const optionalCode = (pattern: RegExp, error: string, normalise: (value: string) => string) =>
  z
    .string({ error: "errors:invalid" })
    .refine((value) => value.length <= 100, { error, abort: true })
    .nullish()
    .transform((value) => (value === null || value === undefined || value.trim() === "" ? null : normalise(value)))
    .refine((value) => value === null || pattern.test(value), { error });

const cnic = (value: string) => {
  const digits = digitsOf(value).replace(/[\s-]/g, "");
  return /^\d{13}$/.test(digits) ? `${digits.slice(0, 5)}-${digits.slice(5, 12)}-${digits.slice(12)}` : value.trim();
};

export const ZPrivateDetails = z.object({
  cnic: optionalCode(/^\d{5}-\d{7}-\d$/, profileError("cnicFormat"), cnic),
  ntn: optionalCode(/^\d{7}(?:-\d)?$/, profileError("ntnFormat"), (value) => digitsOf(value).replace(/\s/g, "")),
  psebNumber: optionalCode(/^[A-Z0-9][A-Z0-9/-]{2,29}$/, profileError("psebFormat"), (value) =>
    digitsOf(value).replace(/\s/g, "").toUpperCase(),
  ),
});

export interface PrivateDetails {
  cnic: string | null;
  ntn: string | null;
  psebNumber: string | null;
  cnicVerifiedAt: Date | null;
  psebVerifiedAt: Date | null;
}

const PRIVATE_SELECT = { cnic: true, ntn: true, psebNumber: true, cnicVerifiedAt: true, psebVerifiedAt: true } as const;

/** The owner's own private details (for their editor and invoices); never for anyone else's page. */
export async function loadPrivateDetails(db: Db, userId: string): Promise<PrivateDetails> {
  const profile = await db.profile.findUnique({ where: { userId }, select: PRIVATE_SELECT });
  return profile ?? { cnic: null, ntn: null, psebNumber: null, cnicVerifiedAt: null, psebVerifiedAt: null };
}

/**
 * Saves the owner's CNIC, NTN and PSEB number. Changing (or clearing) a number drops its
 * verification: an admin checked the old one, not this.
 */
export async function updatePrivateDetails(db: Db, userId: string, raw: unknown): Promise<PrivateDetails> {
  const input = parseInput(ZPrivateDetails, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.profile.findUnique({ where: { userId }, select: PRIVATE_SELECT });
    const data = {
      ...input,
      ...(before?.cnic !== input.cnic ? { cnicVerifiedAt: null } : {}),
      ...(before?.psebNumber !== input.psebNumber ? { psebVerifiedAt: null } : {}),
    };
    return tx.profile.upsert({ where: { userId }, create: { userId, ...data }, update: data, select: PRIVATE_SELECT });
  });
}
