import { isKnownCity } from "@hunar/i18n/cities";
import { z } from "zod";
import { BIO_MAX, HEADLINE_MAX, LANGUAGE_LEVELS, MAX_SKILLS, PROFILE_LANGUAGES, SKILL_MAX } from "./profile-options.ts";
import { optionalBlock, optionalLine, profileError } from "./text-schemas.ts";

const ZSkill = z
  .string({ error: "errors:required" })
  .refine((skill) => skill.length <= SKILL_MAX * 4, { error: profileError("skillTooLong"), params: { max: SKILL_MAX }, abort: true })
  .transform((skill) => skill.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(SKILL_MAX, { error: profileError("skillTooLong") }));

/** Skills as typed, blanks dropped, duplicates (ignoring case) kept once, at most MAX_SKILLS. */
const ZSkills = z
  .array(ZSkill, { error: "errors:invalid" })
  .refine((skills) => skills.length <= MAX_SKILLS * 4, { error: profileError("tooManySkills"), params: { max: MAX_SKILLS }, abort: true })
  .transform((skills) => {
    const seen = new Set<string>();
    return skills.filter((skill) => {
      const key = skill.toLocaleLowerCase();
      if (skill === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(MAX_SKILLS, { error: profileError("tooManySkills") }));

const ZLanguage = z.object({
  code: z.enum(PROFILE_LANGUAGES, { error: profileError("unknownLanguage") }),
  level: z.enum(LANGUAGE_LEVELS, { error: profileError("unknownLevel") }),
});

const ZLanguages = z
  .array(ZLanguage, { error: "errors:invalid" })
  .max(PROFILE_LANGUAGES.length, { error: profileError("duplicateLanguage") })
  .refine((languages) => new Set(languages.map((language) => language.code)).size === languages.length, {
    error: profileError("duplicateLanguage"),
  });

const ZCity = z
  .string({ error: "errors:invalid" })
  .max(100, { error: profileError("unknownCity") })
  .nullish()
  .transform((city) => (city === null || city === undefined || city.trim() === "" ? null : city.trim()))
  .refine((city) => city === null || isKnownCity(city), { error: profileError("unknownCity") });

/** Everything the profile editor sets in one save (the owner's public profile). */
export const ZProfileEdit = z.object({
  headlineUr: optionalLine(HEADLINE_MAX),
  headlineEn: optionalLine(HEADLINE_MAX),
  bioUr: optionalBlock(BIO_MAX),
  bioEn: optionalBlock(BIO_MAX),
  city: ZCity,
  languages: ZLanguages,
  skills: ZSkills,
  showFirstNameOnly: z.boolean({ error: "errors:invalid" }),
});

export type ProfileEdit = z.output<typeof ZProfileEdit>;
export type ProfileEditInput = z.input<typeof ZProfileEdit>;
