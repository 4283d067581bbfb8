import { LONGEST_PHRASE, OPTIONAL_WORDS, equivalentsOf } from "./equivalent-words.ts";

// Mirrors the database's gig_search_normalise() (migration 0004_gig_search), so a query is spelt
// the way the documents were: compatibility-composed, no Arabic diacritics, tatweel or joiners,
// Urdu letter forms for Arabic ones, Urdu/Arabic digits as ASCII, lower case.
const DROPPED = /[\u064B-\u0652\u0670\u0640\u200C\u200D]/gu;
const LETTER_MAP = new Map<string, string>(zip([..."يىكهۂ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"], [..."ییکہہ01234567890123456789"]));

export function normaliseSearchText(input: string): string {
  const composed = input.normalize("NFKC").replace(DROPPED, "");
  return Array.from(composed, (ch) => LETTER_MAP.get(ch) ?? ch)
    .join("")
    .toLowerCase();
}

/**
 * What a query means to the search: `text` is the whole normalised query as typed; each group is
 * one query word or phrase (`typed`) with the words that may stand for it (`alternatives`, the
 * typed one first). A gig must match every required group through any of its alternatives;
 * optional groups (OPTIONAL_WORDS) only lift the gigs that have them. Words are split on spaces
 * and punctuation other than the joiners inside names like "node.js", "c++" or "e-commerce",
 * which PostgreSQL's parser handles.
 */
export interface SearchTerms {
  text: string;
  groups: TermGroup[];
}

export interface TermGroup {
  typed: string;
  alternatives: string[];
  /** Whether the bilingual word lists know it (then it is not a spelling mistake). */
  known: boolean;
  /** Not needed to match (unless every group of the query is optional). */
  optional: boolean;
}

/** The groups a gig has to match: the required ones, or all when every one is optional. */
export function requiredGroups(terms: SearchTerms): TermGroup[] {
  const required = terms.groups.filter((g) => !g.optional);
  return required.length > 0 ? required : terms.groups;
}

/** Groups beyond this are dropped: a 100-character query has no more meaningful words. */
const MAX_GROUPS = 12;

export function searchTerms(query: string): SearchTerms {
  const words = normaliseSearchText(query)
    .split(/[^\p{L}\p{M}\p{N}.+#&_-]+/u)
    .map((w) => w.replace(/^[.+#&_-]+|[.&_-]+$/g, ""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length;) {
    const { phrase, length } = longestKnownPhrase(words, i);
    i += length;
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    const equivalents = equivalentsOf(phrase);
    const optional = OPTIONAL_WORDS.has(phrase);
    groups.push({
      typed: phrase,
      alternatives: [...new Set([phrase, ...(equivalents ?? [])])],
      known: optional || !!equivalents,
      optional,
    });
  }
  return { text: words.join(" "), groups: groups.slice(0, MAX_GROUPS) };
}

/**
 * A group with more words that may stand for it (spelling corrections, nearest first) and their
 * equivalents. A misspelt generic word ("desgin") is as optional as the word it stands for.
 */
export function withAlternatives(group: TermGroup, words: readonly string[]): TermGroup {
  if (words.length === 0) return group;
  const more = words.flatMap((w) => [w, ...(equivalentsOf(w) ?? [])]);
  return {
    ...group,
    alternatives: [...new Set([...group.alternatives, ...more])],
    optional: group.optional || OPTIONAL_WORDS.has(words[0] ?? ""),
  };
}

function longestKnownPhrase(words: readonly string[], start: number): { phrase: string; length: number } {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length > 1; length--) {
    const phrase = words.slice(start, start + length).join(" ");
    if (equivalentsOf(phrase)) return { phrase, length };
  }
  return { phrase: words[start] ?? "", length: 1 };
}

function zip<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  return as.map((a, i) => [a, bs[i] as B]);
}
