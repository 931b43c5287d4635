/**
 * Search as the matrix does it: case- and accent-insensitive, typographic quotes and dashes
 * equal to plain ones, every word of the query required. Folding keeps every character in
 * place (one UTF-16 unit for one), so a match found in the folded text highlights the same
 * offsets in the original.
 */

const PUNCTUATION: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u00A0": " ",
};

const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    const base = PUNCTUATION[ch] ?? ch.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
    // Keep the unit where folding would change the length (e.g. "İ"), so offsets stay aligned.
    f = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    folded.set(ch, f);
  }
  return f;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The text in lower case without accents, the same length as the original. */
export function foldText(text: string): string {
  // Most texts are plain ASCII, which lowercasing alone folds. A string built a character at a
  // time is a chain V8 flattens at its first search, which made a search's first keystroke slow.
  if (ASCII.test(text)) return text.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(text[i]!));
  }
  return out.join("");
}

/**
 * Place names the press spells more than one way (transliterated from Ukrainian or from
 * Russian, or simply misspelt): a word of the query that is or contains one spelling also
 * finds the others. Folded (lower case, no accents), longest first within each.
 */
export const SPELLINGS: readonly (readonly string[])[] = [
  ["zaporizhzhia", "zaporizhzhya", "zaporozhzhia", "zaporizhia", "zaporozhye", "zaporozhia"],
  ["donbass", "donbas"],
  ["luhansk", "lugansk"],
  ["kharkiv", "kharkov"],
  ["kherson"],
  ["odessa", "odesa"],
  ["mykolaiv", "nikolaev", "nikolayev"],
  ["kyiv", "kiev"],
  ["chornobyl", "chernobyl"],
];

/** A folded word and the other spellings it stands for: the word first, then the rest. */
export function spellingsOf(word: string): string[] {
  const group = SPELLINGS.find((g) => g.some((v) => word.includes(v)));
  if (!group) return [word];
  const found = group.find((v) => word.includes(v))!;
  return [...new Set([word, ...group.filter((v) => v !== found).map((v) => word.replace(found, v))])];
}

/**
 * A search word's fewest characters. A single letter is in nearly every row: searching for it
 * reordered the whole table and marked every occurrence, a flash of noise while the reader was
 * still typing the word they meant (and the costliest keystroke of all on a slow phone).
 */
export const MIN_WORD_LENGTH = 2;

/**
 * The words of a query, folded, without repeats, words contained in another or words shorter
 * than MIN_WORD_LENGTH, each with its other spellings: a row must match every word, in any of
 * its spellings.
 */
export function parseQuery(query: string): string[][] {
  const words = [...new Set(foldText(query).split(/\s+/).filter((w) => w.length >= MIN_WORD_LENGTH))];
  return words.filter((w) => !words.some((other) => other !== w && other.includes(w))).map(spellingsOf);
}

/** Whether a query searches at all: whether it has a word of MIN_WORD_LENGTH or more. */
export function searches(query: string): boolean {
  return parseQuery(query).length > 0;
}

/** Every spelling of every word of a query: what to highlight. */
export function parseTerms(query: string): string[] {
  return [...new Set(parseQuery(query).flat())];
}

export type Range = readonly [start: number, end: number];

/** Where the terms occur in the text: sorted, overlapping occurrences merged. */
export function findRanges(text: string, terms: readonly string[]): Range[] {
  return findFoldedRanges(foldText(text), terms);
}

/** findRanges for a text already folded (foldText), which a caller may keep: the offsets are the original's. */
export function findFoldedRanges(foldedText: string, terms: readonly string[]): Range[] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let i = foldedText.indexOf(term); i !== -1; i = foldedText.indexOf(term, i + term.length)) {
      ranges.push([i, i + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/**
 * A short window of a long text around its first match, cut at word boundaries, with
 * ellipses where it was cut; null when no term occurs in it.
 */
export function snippet(text: string, terms: readonly string[], radius = 60): string | null {
  const first = findRanges(text, terms)[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[1] + radius);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > first[1] ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
