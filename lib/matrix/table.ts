/**
 * The matrix as a TanStack Table model: one definition of features, columns and state that
 * both the page (through useTable) and `applyView` (headless, for exports and tests) run, so
 * what is exported is by construction what is shown.
 *
 * Row models are feature slots: filtering (the view's filters and search, as one global
 * filter), grouping by category, sorting, and expansion (groups fold shut).
 */
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
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
import { byDivergence, compareStances, type Comparison } from "../data/compare";
import type { MatrixCell, MatrixData, MatrixIssue } from "./data";
import { rowMatches, type RowQuery } from "./row-query";
import type { SortKey, View } from "./view";

export const matrixFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
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

/** One issue as the current columns see it: their cells, in column order, and how they compare. */
export type MatrixRow = { issue: MatrixIssue; shown: MatrixCell[]; comparison: Comparison };

export function matrixRows(issues: readonly MatrixIssue[], positions: readonly string[]): MatrixRow[] {
  return issues.map((issue) => {
    const shown = positions.map((slug) => issue.cells[slug]).filter((c): c is MatrixCell => c !== undefined);
    return { issue, shown, comparison: compareStances(shown.map((c) => c.stance)) };
  });
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const helper = createColumnHelper<MatrixFeatures, MatrixRow>();

/** Column ids: "category" (grouping only), "issue", "agreement", then one per position slug. */
export const SORT_COLUMN: Record<Exclude<SortKey, "category">, string> = { title: "issue", divergence: "agreement" };

export function matrixColumns(positions: readonly string[]) {
  return helper.columns([
    helper.accessor((row) => row.issue.category, { id: "category", enableSorting: false }),
    helper.accessor((row) => row.issue.title, {
      id: "issue",
      sortFn: (a, b, id) => collator.compare(a.getValue<string>(id), b.getValue<string>(id)),
    }),
    helper.accessor((row) => row.comparison.divergence ?? undefined, {
      id: "agreement",
      sortUndefined: "last",
      sortDescFirst: true,
      // Ascending: least divergent first; the table reverses it for "most divergent first".
      sortFn: (a, b) => -byDivergence(a.original.comparison, b.original.comparison),
    }),
    ...positions.map((slug) =>
      helper.accessor((row) => row.issue.cells[slug], { id: slug, enableSorting: false, enableGlobalFilter: false }),
    ),
  ]);
}

const groupId = (category: string) => `category:${category}`;

/** The table state a view stands for. */
export function matrixState(view: View, shown: readonly string[], query: RowQuery, data: MatrixData) {
  const hidden = data.positions.filter((p) => !shown.includes(p.slug)).map((p) => p.slug);
  const grouped = view.sort === "category";
  return {
    columnVisibility: Object.fromEntries([["category", false], ...hidden.map((slug) => [slug, false])]),
    columnOrder: ["category", "issue", "agreement", ...shown, ...hidden],
    globalFilter: query,
    grouping: grouped ? ["category"] : [],
    sorting: view.sort === "category" ? [] : [{ id: SORT_COLUMN[view.sort], desc: view.desc }],
    expanded: Object.fromEntries(
      data.categories.filter((c) => !view.collapsed.includes(c.slug)).map((c) => [groupId(c.slug), true]),
    ),
  };
}

export function matrixOptions(
  rows: readonly MatrixRow[],
  columns: ReturnType<typeof matrixColumns>,
  state: ReturnType<typeof matrixState>,
): TableOptions<MatrixFeatures, MatrixRow> {
  return {
    features: matrixFeatures,
    data: rows,
    columns,
    state,
    getRowId: (row) => row.issue.slug,
    getColumnCanGlobalFilter: (column) => column.id === "issue",
    globalFilterFn: (row, _columnId, query: RowQuery) => rowMatches(row.original, query),
    groupedColumnMode: false,
    enableMultiSort: false,
    autoResetAll: false,
  };
}
