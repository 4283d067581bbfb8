import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { type ProfileEdit, ZProfileEdit } from "./profile-input.ts";

/**
 * Saves the owner's public profile. The languages with their levels and the plain list of codes
 * that search filters on are written in one transaction, so the two never disagree: a reader sees
 * the old languages or the new ones, in both places.
 */
export async function updateProfile(db: Db, userId: string, raw: unknown): Promise<ProfileEdit> {
  const input = parseInput(ZProfileEdit, raw);
  const codes = input.languages.map((language) => language.code);
  const fields = {
    headlineUr: input.headlineUr,
    headlineEn: input.headlineEn,
    bioUr: input.bioUr,
    bioEn: input.bioEn,
    city: input.city,
    skills: input.skills,
    languages: codes,
    showFirstNameOnly: input.showFirstNameOnly,
  };
  await db.$transaction(async (tx) => {
    await tx.profile.upsert({ where: { userId }, create: { userId, ...fields }, update: fields, select: { userId: true } });
    await tx.profileLanguage.deleteMany({ where: { userId } });
    if (input.languages.length > 0) {
      await tx.profileLanguage.createMany({ data: input.languages.map((language) => ({ userId, ...language })) });
    }
  });
  return input;
}
