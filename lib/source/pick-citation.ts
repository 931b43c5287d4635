/**
 * For maintainers, in `npm run dev`: the citation YAML for a passage selected in the source
 * reader, with the fewest `prefix` (or `suffix`) words that make it unique, checked by the
 * resolver the build uses (lib/data/quotes.ts).
 */
import { stringify } from "yaml";
import { findQuote, squash, type QuoteSelector } from "../data/quotes";

export type PickedCitation =
  | { ok: true; selector: QuoteSelector; start: number; end: number; yaml: string }
  | { ok: false; reason: string };

const MIN_QUOTE = 8;
const MAX_CONTEXT_WORDS = 12;

/** The last (or first) `n` words of a text, as the resolver compares them. */
const lastWords = (text: string, n: number) => squash(text).split(" ").slice(-n).join(" ");
const firstWords = (text: string, n: number) => squash(text).split(" ").slice(0, n).join(" ");

function resolvesTo(text: string, selector: QuoteSelector, start: number): boolean {
  const match = findQuote(text, selector);
  return match.ok && match.start === start;
}

export function citationForRange(text: string, from: number, to: number, source: string): PickedCitation {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(text.length, Math.max(from, to));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const quote = squash(text.slice(start, end));
  if (quote.length < MIN_QUOTE) return { ok: false, reason: `Select at least ${MIN_QUOTE} characters.` };

  let selector: QuoteSelector | null = resolvesTo(text, { quote }, start) ? { quote } : null;
  for (let n = 1; !selector && n <= MAX_CONTEXT_WORDS; n++) {
    const prefix = lastWords(text.slice(Math.max(0, start - 400), start), n);
    if (prefix && resolvesTo(text, { quote, prefix }, start)) selector = { quote, prefix };
  }
  for (let n = 1; !selector && n <= MAX_CONTEXT_WORDS; n++) {
    const suffix = firstWords(text.slice(end, end + 400), n);
    if (suffix && resolvesTo(text, { quote, suffix }, start)) selector = { quote, suffix };
  }
  if (!selector) return { ok: false, reason: "The passage occurs more than once and no nearby words tell this one apart: select a longer passage." };

  const entry = { source, ...selector, kind: "reporting" };
  const yaml = stringify([entry], { lineWidth: 0 }).replace(/^(\s*kind: reporting)$/m, "$1 # own-words | reporting | commentary");
  return { ok: true, selector, start, end, yaml };
}
