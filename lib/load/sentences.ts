/**
 * What the method needs to know of a source's wording: where its quotation marks open and close,
 * where a sentence begins, and which words hedge a claim ("reportedly", "suggest that"). Pure.
 */

export type Span = { start: number; end: number };

const OPENS = new Set(["“", "«", "„"]);
const CLOSES = new Set(["”", "»"]);
/** A blank line (spaces allowed on it): the end of a paragraph. */
const isParagraphBreak = (text: string, at: number) => /^\n[^\S\n]*\n/.test(text.slice(at, at + 40));

/**
 * The stretches of text inside double quotation marks, marks included. A quotation left open at
 * a paragraph's end closes there: the convention for a quotation that runs over paragraphs, each
 * opening with a mark. Single quotes are left out: the same character is the apostrophe.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { at: number; straight: boolean } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && open && isParagraphBreak(text, i)) {
      spans.push({ start: open.at, end: i });
      open = null;
    } else if (OPENS.has(ch)) {
      open ??= { at: i, straight: false };
    } else if (CLOSES.has(ch) && open && !open.straight) {
      spans.push({ start: open.at, end: i + 1 });
      open = null;
    } else if (ch === '"') {
      if (!open) open = { at: i, straight: true };
      else if (open.straight) {
        spans.push({ start: open.at, end: i + 1 });
        open = null;
      }
    }
  }
  if (open) spans.push({ start: open.at, end: text.length });
  return spans;
}

/** The parts of [start, end) that lie outside every span, as offsets. */
export function outsideSpans(spans: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (const s of spans) {
    if (s.end <= from || s.start >= end) continue;
    if (s.start > from) out.push({ start: from, end: s.start });
    from = Math.max(from, s.end);
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

// A full stop after these is not a sentence's end.
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|No|vs|etc|e\.g|i\.e)$/u;

/** Where the sentence holding `at` begins: after a full stop, ! or ? and a space, or a blank line. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (!/\s/.test(ch)) continue;
    if (ch === "\n" && /\n[^\S\n]*$/.test(text.slice(Math.max(0, i - 40), i))) return skipSpace(text, i, at);
    // A space: is it preceded by a sentence's end (closing marks allowed between)?
    let j = i - 1;
    while (j >= 0 && /["”’)\]»]/.test(text[j]!)) j--;
    const end = text[j];
    if (end === "!" || end === "?") return skipSpace(text, i, at);
    if (end === "." && !ABBREVIATIONS.test(text.slice(Math.max(0, j - 5), j))) return skipSpace(text, i, at);
  }
  return skipSpace(text, 0, at);
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i]!)) i++;
  return i;
}

/** Words that hedge what follows them: a quote that leaves them out states as fact what its source does not. */
const HEDGE =
  /\b(?:reportedly|reported|reports? (?:say|said|suggest|indicate)s?|according to|(?:suggest|suggests|suggested|suggesting)(?: that)?|claim(?:s|ed|ing)?|alleged(?:ly)?|purported(?:ly)?|apparently|seemingly|(?:seem|appear)(?:s|ed)? to|rumou?red|intimat(?:e|es|ed|ing)|likely|probably|possibly|perhaps|(?:said|believed|thought) to)\b/gi;

/** The hedging words in a stretch of text, as written there. */
export function hedgesIn(text: string): string[] {
  return [...text.matchAll(HEDGE)].map((m) => m[0]);
}
