/**
 * The search's words, marked in the matrix's text by the CSS Custom Highlight API: the browser
 * paints them over the text as it stands, where <mark>s split each text anew on every keystroke,
 * which re-rendered every matching row, restyled and laid out the table again (the costliest part
 * of a keystroke that changed no row). An element that holds one text the search looks in says so
 * with `data-find`, and holds that text alone. A browser without the API (before Chrome 105,
 * Safari 17.2, Firefox 140) filters and ranks the same, unmarked.
 */
import { findFoldedRanges, foldText } from "@/lib/matrix/search";

/** The name `::highlight(search-hit)` in ui.css paints. */
export const SEARCH_HIT = "search-hit";

/** Folded once per text node: the table's texts change far less often than the search. */
const folded = new WeakMap<Text, { data: string; folded: string }>();

function foldedOf(node: Text): string {
  const kept = folded.get(node);
  if (kept && kept.data === node.data) return kept.folded;
  const value = foldText(node.data);
  folded.set(node, { data: node.data, folded: value });
  return value;
}

/** Whether this browser paints custom highlights. */
function paintsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

/**
 * The marks last painted, as [text node, start, end] triples: a highlight set anew repaints the whole
 * page, so a commit that leaves the marks as they are (a cell opened, a filter with the same words)
 * sets none.
 */
let painted: [Text, number, number][] = [];

const samePlaces = (a: readonly [Text, number, number][], b: readonly [Text, number, number][]) =>
  a.length === b.length && a.every(([node, start, end], i) => node === b[i]![0] && start === b[i]![1] && end === b[i]![2]);

/** Marks every occurrence of `terms` in the `[data-find]` texts under `root`; none when `terms` is empty. */
export function markSearchHits(root: ParentNode, terms: readonly string[]): void {
  if (!paintsHighlights()) return;
  const places: [Text, number, number][] = [];
  for (const el of terms.length ? root.querySelectorAll("[data-find]") : []) {
    const node = el.firstChild;
    if (!(node instanceof Text)) continue;
    for (const [start, end] of findFoldedRanges(foldedOf(node), terms)) places.push([node, start, end]);
  }
  if (samePlaces(places, painted) && (places.length > 0) === CSS.highlights.has(SEARCH_HIT)) return;
  painted = places;
  if (places.length === 0) CSS.highlights.delete(SEARCH_HIT);
  else
    CSS.highlights.set(
      SEARCH_HIT,
      new Highlight(...places.map(([node, startOffset, endOffset]) => new StaticRange({ startContainer: node, startOffset, endContainer: node, endOffset }))),
    );
}

/** Removes the marks (the matrix has left the page). */
export function clearSearchHits(): void {
  if (!paintsHighlights()) return;
  painted = [];
  CSS.highlights.delete(SEARCH_HIT);
}
