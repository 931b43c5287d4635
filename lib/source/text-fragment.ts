/**
 * Links to a passage on the original page with a URL text fragment (#:~:text=…), so that
 * browsers that support it scroll to the passage and highlight it. Long passages are
 * matched by their first and last words: the original page's markup may differ in the middle.
 */

const EDGE_WORDS = 5;
const WHOLE_MAX_WORDS = 12;

/** Percent-encodes a fragment term: "-", "," and "&" are syntax in a text directive. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

/** The words of a passage as a page would render them: Markdown emphasis and escapes removed. */
export function renderedWords(quote: string): string[] {
  return quote
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/\*+/g, "")
    .split(/\s+/)
    .filter(Boolean);
}

/** "text=start,end" (or "text=whole") for a passage. */
export function textDirective(quote: string): string {
  const words = renderedWords(quote);
  if (words.length <= WHOLE_MAX_WORDS) return `text=${encodeFragmentTerm(words.join(" "))}`;
  const start = words.slice(0, EDGE_WORDS).join(" ");
  const end = words.slice(-EDGE_WORDS).join(" ");
  return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** The original address with a text fragment for the passage; any fragment it had is replaced. */
export function textFragmentUrl(url: string, quote: string): string {
  return `${url.split("#")[0]}#:~:${textDirective(quote)}`;
}
