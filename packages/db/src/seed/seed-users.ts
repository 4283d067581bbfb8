import type { SeedDb } from "./db-handle.ts";
import { seedDemoProfiles } from "./seed-profiles.ts";
import { DEMO_ADMINS, DEMO_CLIENTS, DEMO_FREELANCERS, type PersonSeed, demoEmail, languageLevel } from "./demo-people.ts";

export interface SeedUsersOptions {
  /** Hash of the demo password, made by the caller's password hasher. */
  passwordHash: string;
  emailDomain: string;
}

/**
 * Creates the demo accounts that do not exist yet (natural key: email) and returns handle -> id.
 * Existing accounts are left exactly as they are: someone may have changed a demo password or
 * profile, and a re-seed must not undo that.
 */
export async function seedDemoUsers(db: SeedDb, options: SeedUsersOptions): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  for (const person of [...DEMO_ADMINS, ...DEMO_FREELANCERS, ...DEMO_CLIENTS]) {
    const email = demoEmail(person.handle, options.emailDomain);
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      ids.set(person.handle, existing.id);
      continue;
    }
    const user = await db.user.create({
      data: userData(person, email, options.passwordHash),
      select: { id: true },
    });
    ids.set(person.handle, user.id);
    created += 1;
  }
  await seedDemoProfiles(db, ids);
  return { ids, created };
}

function userData(person: PersonSeed, email: string, passwordHash: string) {
  return {
    email,
    passwordHash,
    displayName: person.displayName,
    handle: person.handle.replaceAll(".", "-"),
    intent: person.intent,
    isAdmin: person.isAdmin ?? false,
    preferredLocale: person.locale,
    emailVerifiedAt: new Date(),
    profile: {
      create: {
        headlineUr: person.headlineUr ?? null,
        headlineEn: person.headlineEn ?? null,
        bioUr: person.bioUr ?? null,
        bioEn: person.bioEn ?? null,
        city: person.city,
        skills: person.skills,
        languages: person.languages,
        languageLevels: { create: person.languages.map((code) => ({ code, level: languageLevel(person, code) })) },
      },
    },
  };
}
