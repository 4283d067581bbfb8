/*
 * Why in @hunar/db and not in @hunar/profiles: profiles owns editing the choice, but the gig
 * page's seller card (gigs) shows the same person and sits on profiles' own floor, where packages
 * do not import each other. The rule is only a fact about a Profile row, so it lives with the
 * model, as the active-user rule does.
 */

/**
 * The name a profile shows to others: the whole display name, or only its first word when the
 * person asked for that (showFirstNameOnly), in which case no photo or headline is shown either.
 * The rule for everyone who shows a person's name outside chat.
 */
export function publicName(displayName: string, showFirstNameOnly: boolean): string {
  const trimmed = displayName.trim();
  if (!showFirstNameOnly) return trimmed;
  return trimmed.split(/\s+/u)[0] ?? trimmed;
}
