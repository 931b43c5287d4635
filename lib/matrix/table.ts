/**
 * The matrix as a TanStack Table: the features it uses, and the one function that turns a view
 * of the data into table options. The page (through useTable) and `applyView` (headless, for the
 * CSV export and tests) both call it, so what is exported is by construction what is shown.
 *
 * TanStack is the filter, group, sort and fold engine here: rows render from `row.shown`, the
 * shown positions' cells, so the only columns are the three the table groups or sorts by.
 */
import {
  columnFilteringFeature,
  columnGroupingFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  type TableOptions,
} from "@tanstack/table-core";
import { cellOf } from "../data/cells";
import { byDivergence, compareStances, type Comparison } from "../data/compare";
import { positionsIn, type MatrixCell, type MatrixData, type MatrixIssue, type MatrixPosition } from "./data";
import { byEvidence, evidenceRank, type EvidenceRank } from "./evidence-rank";
import { compileQuery, rowMatches, type RowQuery } from "./row-query";
import { parseTerms } from "./search";
import { shownPositions, type View } from "./view";

// The global filter and the filtered row model build on column filtering, which TanStack requires.
export const matrixFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
});
export type MatrixFeatures = typeof matrixFeatures;

/** One issue as the current columns see it: their cells, in column order, how they compare, and how much their evidence weighs. */
export type MatrixRow = { issue: MatrixIssue; shown: MatrixCell[]; comparison: Comparison; evidence: EvidenceRank | null };

function matrixRows(issues: readonly MatrixIssue[], positions: readonly string[]): MatrixRow[] {
  return issues.map((issue) => {
    const shown = positions.map((slug) => cellOf(issue, slug));
    return { issue, shown, comparison: compareStances(shown.map((c) => c.stance)), evidence: evidenceRank(shown) };
  });
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const helper = createColumnHelper<MatrixFeatures, MatrixRow>();

/** Named after the view's sort keys, so a sort is its column: "category" groups, the others sort. */
const columns = helper.columns([
  helper.accessor((row) => row.issue.category, { id: "category", enableSorting: false }),
  helper.accessor((row) => row.issue.title, {
    id: "title",
    sortFn: (a, b, id) => collator.compare(a.getValue<string>(id), b.getValue<string>(id)),
  }),
  helper.accessor((row) => row.comparison.divergence ?? undefined, {
    id: "divergence",
    sortUndefined: "last",
    sortDescFirst: true,
    // Ascending: least divergent first; the table reverses it for "most divergent first".
    sortFn: (a, b) => -byDivergence(a.original.comparison, b.original.comparison),
  }),
  helper.accessor((row) => row.evidence ?? undefined, {
    id: "strength",
    sortUndefined: "last",
    sortDescFirst: true,
    // Ascending: weakest evidence first; issues where no shown position states a stance come last either way.
    sortFn: (a, b) => byEvidence(a.original.evidence!, b.original.evidence!),
  }),
]);

/** A view of the data as a table: its options, and what the page renders beside the rows. */
export type MatrixTable = {
  options: TableOptions<MatrixFeatures, MatrixRow>;
  /** The positions shown, in column order. */
  positions: readonly MatrixPosition[];
  /** Their slugs. */
  shown: readonly string[];
  /** The search's words, folded, for highlighting. */
  terms: readonly string[];
  /** Whether rows are grouped under their categories. */
  grouped: boolean;
  /**
   * Whether the rows are to be ranked by how well they answer the search (rankRows, after the row
   * model): while a search is on and no sort has been chosen, best answers first, ungrouped.
   */
  ranked: boolean;
  /** The search's words, each as its spellings, for rankRows. */
  words: RowQuery["words"];
};

/** `compute` again only when `key` changes: what keeps a piece the same object from one view to the next. */
function keyed<A, T>(compute: (arg: A) => T): (key: string, arg: A) => T {
  let last: { key: string; value: T } | null = null;
  return (key, arg) => {
    if (last === null || last.key !== key) last = { key, value: compute(arg) };
    return last.value;
  };
}

const groupId = (category: string) => `category:${category}`;

/** The options no view changes. */
const FIXED_OPTIONS = {
  getRowId: (row: MatrixRow) => row.issue.slug,
  // The view's filters and search are one global filter, asked once per row (of the title column).
  getColumnCanGlobalFilter: (column: { id: string }) => column.id === "title",
  globalFilterFn: (row: { original: MatrixRow }, _columnId: string, query: RowQuery) => rowMatches(row.original, query),
  groupedColumnMode: false,
  enableMultiSort: false,
  autoResetAll: false,
} as const;

/**
 * The table for any view of `data`. Each piece is rebuilt only when what it depends on changes,
 * which the page relies on: rows keep their objects while the shown positions stay the same (so
 * rendered rows are left alone), the query is compiled only when a filter or the search's words
 * change (a new one re-runs the filter), and each search has one array of words.
 */
export function matrixTableBuilder(data: MatrixData): (view: View) => MatrixTable {
  const columnsFor = keyed((shown: readonly string[]) => ({
    shown,
    positions: positionsIn(data, shown),
    rows: matrixRows(data.issues, shown),
  }));
  const termsFor = keyed((terms: string[]) => terms);
  const queryFor = keyed(({ view, terms }: { view: View; terms: readonly string[] }) => compileQuery(view, terms));
  const groupingFor = keyed((grouped: boolean) => (grouped ? ["category"] : []));
  const sortingFor = keyed((view: View) => (view.sort === "category" ? [] : [{ id: view.sort, desc: view.desc }]));
  const expandedFor = keyed((collapsed: readonly string[]) =>
    Object.fromEntries(data.categories.filter((c) => !collapsed.includes(c.slug)).map((c) => [groupId(c.slug), true])),
  );

  return (view) => {
    const shownSlugs = shownPositions(view);
    const { shown, positions, rows } = columnsFor(shownSlugs.join(), shownSlugs);
    const words = parseTerms(view.q);
    const terms = termsFor(words.join(" "), words);
    const query: RowQuery = queryFor([view.categories.join(), view.stances.join(), view.strengths.join(), view.show, terms.join(" ")].join("|"), { view, terms });
    const ranked = view.sort === "category" && query.words.length > 0;
    const grouped = view.sort === "category" && !ranked;
    return {
      options: {
        features: matrixFeatures,
        data: rows,
        columns,
        state: {
          globalFilter: query,
          grouping: groupingFor(String(grouped), grouped),
          sorting: sortingFor(`${view.sort}:${view.desc}`, view),
          expanded: expandedFor(view.collapsed.join(), view.collapsed),
        },
        ...FIXED_OPTIONS,
      },
      positions,
      shown,
      terms,
      grouped,
      ranked,
      words: query.words,
    };
  };
}
