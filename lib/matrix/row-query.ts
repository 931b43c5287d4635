/**
 * The filters and search of a view, compiled once per change and asked of every row:
 * category, stance and strength (a shown position's cell takes one of the chosen stances, and
 * its evidence has one of the chosen strengths: both of the same cell), agreement (as defined
 * in compare.ts, over the shown positions) and search (every word of the query, in one of its
 * spellings, occurs in the issue's title or proposition, or in a shown cell's summary or quotes),
 * and how well a row answers the search, for ranking.
 */
import type { MatrixCell, MatrixIssue } from "./data";
import { foldText, parseQuery, parseTerms } from "./search";
import type { View } from "./view";
import { SILENT_SUMMARY, type Stance, type Strength } from "../data/vocab";

export type RowQuery = {
  categories: ReadonlySet<string> | null;
  stances: ReadonlySet<Stance> | null;
  strengths: ReadonlySet<Strength> | null;
  show: View["show"];
  /** What to highlight: every spelling of every word. */
  terms: readonly string[];
  /** What to match: each word of the query, as its spellings, every one required. */
  words: readonly (readonly string[])[];
};

/**
 * `terms` may be passed in when the caller keeps them: the page keeps one array per search, so
 * rows that only receive the words are not re-rendered by a filter change.
 */
export function compileQuery(
  view: Pick<View, "categories" | "stances" | "strengths" | "show" | "q">,
  terms: readonly string[] = parseTerms(view.q),
): RowQuery {
  return {
    categories: view.categories.length ? new Set(view.categories) : null,
    stances: view.stances.length ? new Set(view.stances) : null,
    strengths: view.strengths.length ? new Set<Strength>(view.strengths) : null,
    show: view.show,
    terms,
    words: parseQuery(view.q),
  };
}

type Searchable = { issue: MatrixIssue; shown: readonly MatrixCell[]; comparison: { agreement: string } };

const issueTexts = new WeakMap<MatrixIssue, string[]>();
const cellTexts = new WeakMap<MatrixCell, { all: string[]; quotes: string[] }>();

/** The folded texts search looks in, computed once per issue. */
function issueSearchText(issue: MatrixIssue): string[] {
  let texts = issueTexts.get(issue);
  if (!texts) issueTexts.set(issue, (texts = [foldText(issue.title), foldText(issue.proposition)]));
  return texts;
}


/** The folded texts of a cell (its summary and quotes; its quotes alone), computed once per cell. */
function cellFolded(cell: MatrixCell): { all: string[]; quotes: string[] } {
  let texts = cellTexts.get(cell);
  if (!texts) {
    const quotes = cell.citations.map((c) => foldText(c.quote));
    texts = { all: cell.summary === SILENT_SUMMARY ? quotes : [foldText(cell.summary), ...quotes], quotes };
    cellTexts.set(cell, texts);
  }
  return texts;
}

const cellSearchText = (cell: MatrixCell) => cellFolded(cell).all;

function textsMatch(texts: readonly string[], term: string): boolean {
  return texts.some((t) => t.includes(term));
}

function rowMatchesWords(row: Omit<Searchable, "comparison">, words: RowQuery["words"]): boolean {
  if (words.length === 0) return true;
  const issueText = issueSearchText(row.issue);
  return words.every((spellings) =>
    spellings.some((term) => textsMatch(issueText, term) || row.shown.some((cell) => textsMatch(cellSearchText(cell), term))),
  );
}

/** How much a field's match weighs: any title match outranks any number of proposition matches, and so on down. */
const WEIGHT = { title: 10_000, proposition: 100, cell: 1 } as const;

/**
 * How well a row answers the query's words: for each word, the best field it occurs in (title,
 * then proposition, then a shown cell's summary or quotes), summed; so issues whose title
 * matches come first, then those whose proposition does, then the rest.
 */
export function relevance(row: Omit<Searchable, "comparison">, words: RowQuery["words"]): number {
  const [title = "", proposition = ""] = issueSearchText(row.issue);
  let score = 0;
  for (const spellings of words) {
    const inAny = (text: string) => spellings.some((t) => text.includes(t));
    if (inAny(title)) score += WEIGHT.title;
    else if (inAny(proposition)) score += WEIGHT.proposition;
    else if (row.shown.some((cell) => cellSearchText(cell).some(inAny))) score += WEIGHT.cell;
  }
  return score;
}

/** Rows with their relevance, best first; equal rows keep their order (stable sort). */
export function scoreRows<R extends Omit<Searchable, "comparison">>(rows: readonly R[], words: RowQuery["words"]): { row: R; score: number }[] {
  return rows.map((row) => ({ row, score: relevance(row, words) })).sort((a, b) => b.score - a.score);
}

/** Rows ranked by relevance, best first; equal rows keep their order (stable sort). */
export function rankRows<R extends Omit<Searchable, "comparison">>(rows: readonly R[], words: RowQuery["words"]): R[] {
  return scoreRows(rows, words).map((s) => s.row);
}

/** Whether some word of the query occurs in one of the cell's quotes (which the cell then shows a window of). */
export function quoteMatches(cell: MatrixCell, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.some((term) => textsMatch(cellFolded(cell).quotes, term));
}

const NO_TERMS: readonly string[] = [];

/**
 * The search's words for what shows quotes (a cell's window of one, quotes side by side): the words
 * themselves when one of `cells` has them in a quote, else the same empty array each time, so that
 * a keystroke leaves the rest alone.
 */
export function quoteTerms(cells: readonly MatrixCell[], terms: readonly string[]): readonly string[] {
  return cells.some((cell) => quoteMatches(cell, terms)) ? terms : NO_TERMS;
}

export function rowMatches(row: Searchable, query: RowQuery): boolean {
  if (query.categories && !query.categories.has(row.issue.category)) return false;
  const { stances, strengths } = query;
  if ((stances || strengths) && !row.shown.some((cell) => (!stances || stances.has(cell.stance)) && (!strengths || strengths.has(cell.strength.level)))) {
    return false;
  }
  if (query.show !== "all" && row.comparison.agreement !== query.show) return false;
  return rowMatchesWords(row, query.words);
}
