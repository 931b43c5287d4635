/**
 * A source's text as quotes are looked for in it: white-space runs made one space, with the map
 * back to the source, and the line of any place; each worked out once per source.
 */

/** A stretch of a source: [start, end) in the source text, and the line it starts on. */
export type Passage = { start: number; end: number; text: string; line: number };

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
  const at = (k: number) => (k >= text.length ? source.length : k + shift[lastAtMost(from, k)]!);
  return { text, at };
}

/** The index of the last of the ascending `sorted` that is at most `value` (sorted[0] is at most any value asked). */
function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const lineStarts = new Map<string, number[]>();

/** The line of `offset` in `source`, counting \n, \r\n and a lone \r as line ends; the line starts are found once per source. */
export function lineAt(source: string, offset: number): number {
  let starts = lineStarts.get(source);
  if (!starts) {
    starts = [0];
    for (const m of source.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
    lineStarts.set(source, starts);
  }
  return lastAtMost(starts, offset) + 1;
}

const cache = new Map<string, Normalized>();
export function normalizedOf(source: string): Normalized {
  let n = cache.get(source);
  if (!n) cache.set(source, (n = normalize(source)));
  return n;
}

export function passage(source: string, n: Normalized, from: number, length: number): Passage {
  const start = n.at(from);
  const lastK = Math.min(from + length, n.text.length) - 1;
  const last = lastK >= 0 ? n.at(lastK) : start;
  const end = last + 1;
  return { start, end, text: source.slice(start, end), line: lineAt(source, start) };
}
