/**
 * The filters and search of a view, compiled once per change and asked of every row:
 * category, stance and strength (a shown position's cell takes one of the chosen stances, and
 * its evidence has one of the chosen strengths: both of the same cell), agreement (as defined
 * in compare.ts, over the shown positions) and search (every word of the query occurs in the
 * issue's title or proposition, or in a shown cell's summary or quotes).
 */
import type { MatrixCell, MatrixIssue } from "./data";
import { foldText, parseTerms } from "./search";
import type { View } from "./view";
import { SILENT_SUMMARY, type Stance, type Strength } from "../data/vocab";

export type RowQuery = {
  categories: ReadonlySet<string> | null;
  stances: ReadonlySet<Stance> | null;
  strengths: ReadonlySet<Strength> | null;
  show: View["show"];
  terms: readonly string[];
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
  };
}

type Searchable = { issue: MatrixIssue; shown: readonly MatrixCell[]; comparison: { agreement: string } };

const issueTexts = new WeakMap<MatrixIssue, string[]>();
const cellTexts = new WeakMap<MatrixCell, string[]>();

/** The folded texts search looks in, computed once per issue. */
function issueSearchText(issue: MatrixIssue): string[] {
  let texts = issueTexts.get(issue);
  if (!texts) issueTexts.set(issue, (texts = [foldText(issue.title), foldText(issue.proposition)]));
  return texts;
}


/** The folded texts of a cell (its summary and quotes), computed once per cell. */
function cellSearchText(cell: MatrixCell): string[] {
  let texts = cellTexts.get(cell);
  if (!texts) {
    const summary = cell.summary === SILENT_SUMMARY ? [] : [foldText(cell.summary)];
    texts = [...summary, ...cell.citations.map((c) => foldText(c.quote))];
    cellTexts.set(cell, texts);
  }
  return texts;
}

function textsMatch(texts: readonly string[], term: string): boolean {
  return texts.some((t) => t.includes(term));
}

function rowMatchesTerms(row: Omit<Searchable, "comparison">, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const issueText = issueSearchText(row.issue);
  return terms.every(
    (term) => textsMatch(issueText, term) || row.shown.some((cell) => textsMatch(cellSearchText(cell), term)),
  );
}

/** A cell deserves highlighting when some word of the query occurs in its summary or quotes. */
export function cellMatches(cell: MatrixCell, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.some((term) => textsMatch(cellSearchText(cell), term));
}

export function rowMatches(row: Searchable, query: RowQuery): boolean {
  if (query.categories && !query.categories.has(row.issue.category)) return false;
  const { stances, strengths } = query;
  if ((stances || strengths) && !row.shown.some((cell) => (!stances || stances.has(cell.stance)) && (!strengths || strengths.has(cell.strength.level)))) {
    return false;
  }
  if (query.show !== "all" && row.comparison.agreement !== query.show) return false;
  return rowMatchesTerms(row, query.terms);
}
