import { randomBytes } from "node:crypto";
import type { Tx } from "@hunar/db/types";

const SLUG_MAX = 60;
// No 0/o, 1/l/i: suffixes are read aloud and typed from screenshots. The slight modulo bias of a
// 31-letter alphabet does not matter for a uniqueness suffix, which is not a secret.
const SUFFIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A readable URL slug from the English title: "I will design a modern logo" → "design-a-modern-logo".
 * Accents are dropped, anything outside a–z/0–9 separates words, and it is cut at a word boundary.
 * Null when there is no usable English title (Urdu-only gigs): Urdu is not transliterated, because
 * a guessed Roman spelling would be wrong as often as right.
 */
export function slugFromTitle(titleEn: string | null | undefined): string | null {
  if (!titleEn) return null;
  const words = titleEn
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^\s*i\s+will\s+/, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug.length >= 3 ? slug : null;
}

/** Random, unambiguous lower-case characters (no 0/o, 1/l/i). */
export function randomSlugPart(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length]).join("");
}

/**
 * A slug no other gig has: the title's slug when free, else the slug with a short random suffix;
 * without an English title "gig-<random>". A concurrent insert of the same slug still fails on the
 * unique index; createGig retries that case with a suffix.
 */
export async function availableGigSlug(tx: Tx, titleEn: string | null, options: { forceSuffix?: boolean } = {}): Promise<string> {
  const base = slugFromTitle(titleEn);
  if (!base) return `gig-${randomSlugPart(10)}`;
  if (!options.forceSuffix) {
    const taken = await tx.gig.findUnique({ where: { slug: base }, select: { id: true } });
    if (!taken) return base;
  }
  return `${base}-${randomSlugPart(6)}`;
}
