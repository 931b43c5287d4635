/**
 * Closest issues to a mistyped or outdated slug, by its slug, former slugs and title words.
 * Pure and bounded: the query comes from an address anyone can type, so it is cut short first.
 */

import { editDistance } from "../load/problems";

export { editDistance };

export type Suggestible = { slug: string; title: string; aliases?: readonly string[]; definition?: string };

const MAX_QUERY = 80;
const MIN_SCORE = 0.5;
const STOPWORDS = new Set(["a", "an", "and", "the", "of", "on", "in", "to", "for", "or", "by", "with", "its"]);

/** Lower-case words of letters and digits; other characters separate words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w));
}

/** 1 for equal strings, towards 0 as they differ. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function wordScore(queryWords: string[], candidateWords: string[]): number {
  if (queryWords.length === 0 || candidateWords.length === 0) return 0;
  let total = 0;
  for (const q of queryWords) {
    let best = 0;
    for (const c of candidateWords) {
      const prefix = Math.min(q.length, c.length) >= 3 && (c.startsWith(q) || q.startsWith(c));
      best = Math.max(best, similarity(q, c), prefix ? 0.9 : 0);
    }
    total += best >= 0.7 ? best : 0;
  }
  return total / queryWords.length;
}

/** Words of the definition count for less than the title's: they say what the issue touches, not what it is. */
const DEFINITION_WEIGHT = 0.8;

/** How well a query matches an issue, from 0 (not at all) to 1 (its slug). */
export function matchScore(query: string, issue: Suggestible): number {
  const q = words(query.slice(0, MAX_QUERY));
  if (q.length === 0) return 0;
  const joined = q.join("-");
  const slugs = [issue.slug, ...(issue.aliases ?? [])];
  const bySlug = Math.max(...slugs.map((s) => similarity(joined, s)));
  const byWords = wordScore(q, [...words(issue.title), ...slugs.flatMap(words)]);
  const byDefinition = issue.definition ? DEFINITION_WEIGHT * wordScore(q, words(issue.definition)) : 0;
  return Math.max(bySlug, byWords, byDefinition);
}

/** Up to `limit` issues that resemble the query, best first; none when nothing comes close. */
export function suggestIssues<T extends Suggestible>(query: string, issues: readonly T[], limit = 3): T[] {
  return issues
    .map((issue, order) => ({ issue, order, score: matchScore(query, issue) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.issue);
}
