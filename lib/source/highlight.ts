/**
 * Splits a source text into blocks (paragraphs) and each block into text and <mark> nodes,
 * one mark per cited passage. Marks nest where passages nest. Where two passages cross, or a
 * passage runs over a paragraph break, HTML cannot nest them, so the later one is cut into
 * pieces: `first` marks the piece that carries the passage's anchor, `last` the one that ends it.
 * Offsets always refer to the whole file, front matter included, as citation offsets do.
 */
import { passageId, type PassageRef } from "../data/passage";

export type Span = Pick<PassageRef, "start" | "end">;
export type TextNode = { kind: "text"; start: number; end: number };
export type MarkNode = {
  kind: "mark";
  /** The whole cited passage this piece belongs to. */
  range: Span;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
  children: HighlightNode[];
};
export type HighlightNode = TextNode | MarkNode;
export type Block = Span & { nodes: HighlightNode[] };
export type BlockMode = "lines" | "paragraphs";

type Piece = { range: Span; start: number; end: number };

/** Where a YAML front matter block ("---" lines) ends, or 0 where the text has none. */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(open[0].length - 1));
  return close ? open[0].length - 1 + close.index + close[0].length : 0;
}

/**
 * The paragraphs of text[from..]: each line in "lines" mode (plain text, a paragraph a line),
 * or runs of lines between blank lines in "paragraphs" mode (Markdown). Trimmed, never empty.
 */
export function blockSpans(text: string, from: number, mode: BlockMode): Span[] {
  const separator = mode === "lines" ? /\r?\n/g : /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  separator.lastIndex = from;
  let at = from;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return spans;
}

const byStartThenLongest = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end;

function build(lo: number, hi: number, pieces: Piece[]): HighlightNode[] {
  const nodes: HighlightNode[] = [];
  let queue = [...pieces].sort(byStartThenLongest);
  let cursor = lo;
  while (queue.length > 0) {
    const [p, ...others] = queue as [Piece, ...Piece[]];
    if (p.start > cursor) nodes.push({ kind: "text", start: cursor, end: p.start });
    const inner: Piece[] = [];
    const rest: Piece[] = [];
    for (const q of others) {
      if (q.start >= p.end) rest.push(q);
      else if (q.end <= p.end) inner.push(q);
      else {
        inner.push({ ...q, end: p.end });
        rest.push({ ...q, start: p.end });
      }
    }
    nodes.push({
      kind: "mark",
      range: p.range,
      start: p.start,
      end: p.end,
      first: p.start === p.range.start,
      last: p.end === p.range.end,
      children: build(p.start, p.end, inner),
    });
    cursor = p.end;
    queue = rest.sort(byStartThenLongest);
  }
  if (cursor < hi) nodes.push({ kind: "text", start: cursor, end: hi });
  return nodes;
}

/** Text and (nested) marks covering [lo, hi) exactly; equal ranges make one mark. */
export function nestRanges(lo: number, hi: number, ranges: readonly Span[]): HighlightNode[] {
  const seen = new Set<string>();
  const pieces: Piece[] = [];
  for (const range of ranges) {
    const key = passageId(range);
    const start = Math.max(range.start, lo);
    const end = Math.min(range.end, hi);
    if (seen.has(key) || start >= end) continue;
    seen.add(key);
    pieces.push({ range: { start: range.start, end: range.end }, start, end });
  }
  return build(lo, hi, pieces);
}

/**
 * The text from `from` on, as blocks of nodes. Start at the body (after any front matter)
 * unless a passage is cited from the front matter itself: then show the whole file, so
 * that every passage has its anchor.
 */
export function highlightBlocks(text: string, ranges: readonly Span[], options: { mode: BlockMode; from?: number }): Block[] {
  const body = options.from ?? 0;
  const from = ranges.some((r) => r.start < body) ? 0 : body;
  return blockSpans(text, from, options.mode).map((block) => ({
    ...block,
    nodes: nestRanges(block.start, block.end, ranges),
  }));
}

/** A short line with no closing punctuation, such as "Introduction": styled as a heading. */
export function looksLikeHeading(line: string): boolean {
  return line.length <= 90 && !/\n/.test(line) && /^[\p{Lu}\d]/u.test(line) && !/[.!?:;,"”’)\]]$/.test(line);
}
