/**
 * Finds a quote in its source. Whitespace runs (line breaks included) in the quote
 * and the source compare equal to one space; every other character must match, and
 * the quote must begin and end on whole words.
 */

/** The source with white-space runs made one space; `at(k)` is the source index of text[k] (the source's length past the end). */
export type Normalized = { text: string; at: (k: number) => number };

/**
 * Collapses whitespace runs to one space in linear time and memory: the text by one native
 * replace, and the map back to the source as one break per run of two or more white-space
 * characters (where the text starts to lag further behind the source), not one number per
 * character, which for a 50 MB source took gigabytes.
 */
export function normalize(source: string): Normalized {
  // Only white space other than one plain space is replaced: one replacement per word would
  // build a list of millions of parts for a large source.
  const parts: string[] = [];
  const from = [0];
  const shift = [0];
  let last = 0;
  let removed = 0;
  for (const m of source.matchAll(/[^\S ]\s*|\s{2,}/g)) {
    parts.push(source.slice(last, m.index), " ");
    last = m.index + m[0].length;
    if (m[0].length === 1) continue;
    from.push(m.index - removed + 1);
    removed += m[0].length - 1;
    shift.push(removed);
  }
  parts.push(source.slice(last));
  const text = parts.join("");
  const at = (k: number) => {
    if (k >= text.length) return source.length;
    let lo = 0;
    let hi = from.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (from[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return k + shift[lo]!;
  };
  return { text, at };
}

/** Text with each run of white space (line breaks included) made one space, and trimmed: as quotes compare and show. */
export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export type QuoteSelector = { quote: string; prefix?: string; suffix?: string };

export type Passage = { start: number; end: number; text: string; line: number };
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

const lineStarts = new Map<string, number[]>();

/** The line of `offset` in `source`, counting \n, \r\n and a lone \r as line ends; the line starts are found once per source. */
export function lineAt(source: string, offset: number): number {
  let starts = lineStarts.get(source);
  if (!starts) {
    starts = [0];
    for (const m of source.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
    lineStarts.set(source, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const cache = new Map<string, Normalized>();
function normalizedOf(source: string): Normalized {
  let n = cache.get(source);
  if (!n) cache.set(source, (n = normalize(source)));
  return n;
}

function passage(source: string, n: Normalized, from: number, length: number): Passage {
  const start = n.at(from);
  const lastK = Math.min(from + length, n.text.length) - 1;
  const last = lastK >= 0 ? n.at(lastK) : start;
  const end = last + 1;
  return { start, end, text: source.slice(start, end), line: lineAt(source, start) };
}

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

/** The shortest piece of a quote worth looking for: shorter ones match by chance. */
const ANCHOR = 12;
/** How many pieces of the quote's middle are looked for, for a quote changed at both ends. */
const PIECES = 8;

/**
 * The window of the source, starting at a word, that shares most character pairs with the quote,
 * among the places where a piece of the quote occurs: where its longest found beginning starts,
 * where its longest found end ends, and where pieces of its middle sit. Each is a native search,
 * so the work per quote is a few dozen scans of the source, not the source's length times the
 * quote's (which took 25 ms a quote in a 15 KB source, and 24 s in a 5 MB one).
 */
function closestPassage(source: string, n: Normalized, quote: string): Passage | null {
  if (quote === "") return null;
  const text = n.text;
  const starts = new Set<number>();
  const longest = (piece: (length: number) => string) => {
    let found: { at: number; length: number } | null = null;
    for (let lo = Math.min(ANCHOR, quote.length), hi = quote.length; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const at = text.indexOf(piece(mid));
      if (at === -1) hi = mid - 1;
      else [found, lo] = [{ at, length: mid }, mid + 1];
    }
    return found;
  };
  const head = longest((l) => quote.slice(0, l));
  if (head) starts.add(head.at);
  const tail = longest((l) => quote.slice(quote.length - l));
  if (tail) starts.add(tail.at + tail.length - quote.length);
  const step = Math.max(ANCHOR, Math.floor(quote.length / PIECES));
  for (let k = step; k + ANCHOR < quote.length; k += step) {
    const at = text.indexOf(quote.slice(k, k + ANCHOR));
    if (at !== -1) starts.add(at - k);
  }

  const q = bigrams(quote);
  const qSize = Math.max(0, quote.length - 1);
  let best = -1;
  let bestScore = 0;
  for (const start of starts) {
    // Back to the start of the word the window begins in, so the passage shown is whole words.
    let i = Math.max(0, start);
    for (let back = 0; i > 0 && text[i - 1] !== " " && back < 40; back++) i--;
    const score = dice(q, qSize, text.slice(i, i + quote.length));
    if (score > bestScore) [bestScore, best] = [score, i];
  }
  if (best === -1 || bestScore < 0.3) return null;
  // End the window at a word's end, so the passage shown is whole words.
  let end = best + quote.length;
  while (end < text.length && text[end] !== " ") end++;
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
