/**
 * Text cut at the search's matches, for the pages that mark them with <mark> (the evidence panel and
 * quotes side by side). Apart from search.ts, so that the matrix's first load (whose table the search
 * marks by painting: components/ui/search-hits.ts) carries none of it.
 */
import type { Range } from "./search";

/** Splits text into plain and matched pieces, in order, for rendering with <mark>. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
