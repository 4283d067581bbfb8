/**
 * The name a profile shows to others: the whole display name, or only its first word when the
 * person asked for that (showFirstNameOnly), in which case no photo is shown either. The rule
 * for everyone who shows a person's name outside chat.
 */
export function publicName(displayName: string, showFirstNameOnly: boolean): string {
  const trimmed = displayName.trim();
  if (!showFirstNameOnly) return trimmed;
  return trimmed.split(/\s+/u)[0] ?? trimmed;
}
