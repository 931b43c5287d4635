/** "Copy quote": the quote, whose words it is or who reports it, the source, its date and the passage's address. */
import type { CitationKind } from "../data/vocab";

export type QuotedCitation = { quote: string; speaker?: string; kind: CitationKind };
export type QuotedSource = { title: string; date: string };
/** A quote and the passage it is: what "Copy quote" needs to copy it with its address. */
export type QuotedPassage = QuotedCitation & { source: string; start: number; end: number };

/**
 * Just what "Copy quote" reads of a citation: a page sends a client component every field of
 * the object it is given, so it is given no more (not the citation's id, selectors or citers).
 */
export function quotedPassage(c: QuotedPassage): QuotedPassage {
  return { quote: c.quote, kind: c.kind, source: c.source, start: c.start, end: c.end, ...(c.speaker ? { speaker: c.speaker } : {}) };
}

/** Who the words are of, and where they stand: "Yuri Ushakov, as reported in “Title”, 3 December 2025". */
export function attribution(citation: Omit<QuotedCitation, "quote">, source: QuotedSource): string {
  const where = `“${source.title}”, ${source.date}`;
  const { speaker } = citation;
  switch (citation.kind) {
    case "own-words":
      return speaker ? `${speaker}, in ${where}` : where;
    case "reporting":
      return speaker ? `${speaker}, as reported in ${where}` : `as reported in ${where}`;
    case "commentary":
      return speaker ? `${speaker}, commentary in ${where}` : `commentary in ${where}`;
  }
}

/** The text "Copy quote" puts on the clipboard: the quote as shown, its attribution, its address. */
export function quoteForCopy(citation: QuotedCitation, source: QuotedSource, address: string): string {
  return `“${citation.quote.replace(/\s+/g, " ").trim()}”\n— ${attribution(citation, source)}.\n${address}`;
}
