/**
 * Finds a quote in its source. Whitespace runs (line breaks included) in the quote
 * and the source compare equal to one space; every other character must match.
 */

type Normalized = { text: string; offsets: number[] };

/** Collapses whitespace runs to one space; offsets[i] is the source index of text[i]. */
export function normalize(source: string): Normalized {
  let text = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += " ";
        offsets.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { text, offsets };
}

/** Text with each run of white space (line breaks included) made one space, and trimmed: as quotes compare and show. */
export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export type QuoteSelector = { quote: string; prefix?: string; suffix?: string };

export type QuoteMatch =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: "not-found"; closest: Passage | null }
  | { ok: false; reason: "ambiguous"; matches: Passage[] };

export type Passage = { start: number; end: number; text: string; line: number };

export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === "\n") line++;
  return line;
}

const cache = new Map<string, Normalized>();
function normalizedOf(source: string): Normalized {
  let n = cache.get(source);
  if (!n) cache.set(source, (n = normalize(source)));
  return n;
}

function passage(source: string, n: Normalized, from: number, length: number): Passage {
  const start = n.offsets[from] ?? source.length;
  const last = n.offsets[Math.min(from + length, n.text.length) - 1] ?? start;
  const end = last + 1;
  return { start, end, text: source.slice(start, end), line: lineAt(source, start) };
}

export function findQuote(source: string, selector: QuoteSelector): QuoteMatch {
  const n = normalizedOf(source);
  const quote = squash(selector.quote);
  const prefix = selector.prefix === undefined ? undefined : squash(selector.prefix);
  const suffix = selector.suffix === undefined ? undefined : squash(selector.suffix);

  const hits: number[] = [];
  for (let at = n.text.indexOf(quote); at !== -1; at = n.text.indexOf(quote, at + 1)) {
    const before = n.text.slice(0, at).trimEnd();
    const after = n.text.slice(at + quote.length).trimStart();
    if (prefix !== undefined && !before.endsWith(prefix)) continue;
    if (suffix !== undefined && !after.startsWith(suffix)) continue;
    hits.push(at);
  }

  if (hits.length === 1) {
    const p = passage(source, n, hits[0]!, quote.length);
    return { ok: true, start: p.start, end: p.end };
  }
  if (hits.length > 1) {
    return { ok: false, reason: "ambiguous", matches: hits.map((at) => passage(source, n, at, quote.length)) };
  }
  return { ok: false, reason: "not-found", closest: closestPassage(source, n, quote) };
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, aSize: number, b: string): number {
  const bm = bigrams(b);
  let shared = 0;
  for (const [g, count] of bm) shared += Math.min(count, a.get(g) ?? 0);
  const total = aSize + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The window of the source, starting at a word, that shares most character pairs with the quote. */
function closestPassage(source: string, n: Normalized, quote: string): Passage | null {
  const q = bigrams(quote);
  const qSize = Math.max(0, quote.length - 1);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n.text.length; i++) {
    if (i > 0 && n.text[i - 1] !== " ") continue;
    const score = dice(q, qSize, n.text.slice(i, i + quote.length));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best === -1 || bestScore < 0.3) return null;
  // End the window at a word's end, so the passage shown is whole words.
  let end = best + quote.length;
  while (end < n.text.length && n.text[end] !== " ") end++;
  return passage(source, n, best, end - best);
}

/** Where two strings first differ, for a message that points at the changed letter. */
export function firstDifference(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}
