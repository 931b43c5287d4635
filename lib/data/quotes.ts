/**
 * Finds a quote in its source. Whitespace runs (line breaks included) in the quote
 * and the source compare equal to one space; every other character must match, and
 * the quote must begin and end on whole words.
 */

import { closestPassage } from "./closest-passage";
import { normalizedOf, passage, type Normalized, type Passage } from "./source-text";

export { lineAt, normalize, type Passage } from "./source-text";

/** Text with each run of white space (line breaks included) made one space, and trimmed: as quotes compare and show. */
export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export type QuoteSelector = { quote: string; prefix?: string; suffix?: string };

/** A passage with the words around it, to show what a prefix or suffix should have said. */
export type PassageInContext = Passage & { before: string; after: string };

export type QuoteMatch =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: "not-found"; closest: Passage | null }
  | { ok: false; reason: "ambiguous"; matches: Passage[] }
  /** The quote is in the source, but the prefix (or, failing that, the suffix) is not beside it. */
  | { ok: false; reason: "context"; selector: "prefix" | "suffix"; matches: PassageInContext[] }
  /** The quote is in the source only as part of longer words; `words` is the passage widened to them. */
  | { ok: false; reason: "mid-word"; matches: (Passage & { words: string })[] };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** Whether text[at, at + length) neither starts nor ends inside a word. */
function onWordBoundaries(text: string, at: number, length: number): boolean {
  const end = at + length;
  const startsInside = isWordChar(text[at - 1]) && isWordChar(text[at]);
  const endsInside = isWordChar(text[end - 1]) && isWordChar(text[end]);
  return !startsInside && !endsInside;
}

/** Every index where `quote` occurs in `text`; none for an empty quote (which would match everywhere). */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === "") return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

const CONTEXT = 60;

export function findQuote(source: string, selector: QuoteSelector): QuoteMatch {
  const n = normalizedOf(source);
  const quote = squash(selector.quote);
  const prefix = selector.prefix === undefined ? undefined : squash(selector.prefix);
  const suffix = selector.suffix === undefined ? undefined : squash(selector.suffix);
  // Only as much text around the quote as the prefix, the suffix and a message need: the normalised text has single spaces.
  const reach = (context?: string) => (context?.length ?? 0) + CONTEXT + 2;
  const before = (at: number) => n.text.slice(Math.max(0, at - reach(prefix)), at).trimEnd();
  const after = (at: number) => n.text.slice(at + quote.length, at + quote.length + reach(suffix)).trimStart();

  const all = occurrences(n.text, quote);
  const whole = all.filter((at) => onWordBoundaries(n.text, at, quote.length));
  if (all.length > 0 && whole.length === 0) {
    return { ok: false, reason: "mid-word", matches: all.map((at) => widened(source, n, at, quote.length)) };
  }
  const withPrefix = prefix === undefined ? whole : whole.filter((at) => before(at).endsWith(prefix));
  const hits = suffix === undefined ? withPrefix : withPrefix.filter((at) => after(at).startsWith(suffix));

  if (hits.length === 1) {
    const p = passage(source, n, hits[0]!, quote.length);
    return { ok: true, start: p.start, end: p.end };
  }
  if (hits.length > 1) {
    return { ok: false, reason: "ambiguous", matches: hits.map((at) => passage(source, n, at, quote.length)) };
  }
  if (whole.length > 0) {
    const failed = withPrefix.length === 0 ? "prefix" : "suffix";
    const shown = failed === "prefix" ? whole : withPrefix;
    const matches = shown.map((at) => ({
      ...passage(source, n, at, quote.length),
      before: wordsBefore(before(at)),
      after: wordsAfter(after(at)),
    }));
    return { ok: false, reason: "context", selector: failed, matches };
  }
  return { ok: false, reason: "not-found", closest: closestPassage(source, n, quote) };
}

/** The last words of `text`, about CONTEXT characters, starting at a word. */
function wordsBefore(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(-CONTEXT);
  const space = cut.indexOf(" ");
  return space === -1 ? cut : cut.slice(space + 1);
}

/** The first words of `text`, about CONTEXT characters, ending at a word. */
function wordsAfter(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(0, CONTEXT);
  const space = cut.lastIndexOf(" ");
  return space === -1 ? cut : cut.slice(0, space);
}

/** The passage at `at`, widened on each side to the whole words it cuts into. */
function widened(source: string, n: Normalized, at: number, length: number) {
  let from = at;
  let to = at + length;
  while (from > 0 && isWordChar(n.text[from - 1])) from--;
  while (to < n.text.length && isWordChar(n.text[to])) to++;
  return { ...passage(source, n, at, length), words: n.text.slice(from, to) };
}

/** Where two strings first differ, for a message that points at the changed letter. */
export function firstDifference(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}
