// Choices a profile offers; safe to import in the browser (no database, no Node).

/** Languages Pakistani freelancers work in (ISO 639 codes, as profiles store them). */
export const PROFILE_LANGUAGES = ["ur", "en", "pa", "ps", "sd", "skr", "bal"] as const;
export type ProfileLanguageCode = (typeof PROFILE_LANGUAGES)[number];

export const LANGUAGE_LEVELS = ["BASIC", "CONVERSATIONAL", "FLUENT", "NATIVE"] as const;
export type LanguageLevelName = (typeof LANGUAGE_LEVELS)[number];

export const HEADLINE_MAX = 100;
export const BIO_MAX = 2000;
export const MAX_SKILLS = 15;
export const SKILL_MAX = 40;
export const MAX_LANGUAGES = PROFILE_LANGUAGES.length;
