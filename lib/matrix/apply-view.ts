/**
 * A view run against the data, headless: the same TanStack pipeline the page renders, for the
 * "Download CSV" export (lib/export/view.ts) and for tests. What is exported is by construction what is shown.
 */
import { constructTable } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { countAgreements, type AgreementCounts } from "../data/compare";
import type { MatrixCategory, MatrixData, MatrixPosition } from "./data";
import { rankRows } from "./row-query";
import { matrixFeatures, matrixTableBuilder, type MatrixFeatures, type MatrixRow } from "./table";
import type { View } from "./view";

export type MatrixGroup = { category: MatrixCategory; collapsed: boolean; rows: MatrixRow[] };

export type AppliedView = {
  /** The positions shown, in column order. */
  positions: MatrixPosition[];
  /** Every issue the filters and search let through, in display order, folded groups included. */
  rows: MatrixRow[];
  /** The rows on screen: `rows` without those in folded groups. */
  visibleRows: MatrixRow[];
  /** The category groups, in order, when sorted by category; null in a flat sort. */
  groups: MatrixGroup[] | null;
  counts: AgreementCounts;
};

// One builder per dataset: its rows are built once per choice of columns, not once per view.
const builders = new WeakMap<MatrixData, ReturnType<typeof matrixTableBuilder>>();

/** The view applied to the data: the same TanStack pipeline the page renders, run headless. */
export function applyView(data: MatrixData, view: View): AppliedView {
  let build = builders.get(data);
  if (!build) builders.set(data, (build = matrixTableBuilder(data)));
  const { options, positions, grouped, ranked, words } = build(view);
  // Headless, the table needs the store's reactivity, which useTable adds on the page.
  const features = { ...matrixFeatures, coreReactivityFeature: storeReactivityBindings() };
  const table = constructTable<MatrixFeatures, MatrixRow>({ ...options, features });

  const top = table.getSortedRowModel().rows;
  const categories = new Map(data.categories.map((c) => [c.slug, c]));
  const groups =
    !grouped
      ? null
      : top.flatMap((group) => {
          const category = categories.get(String(group.groupingValue));
          if (!category) return [];
          return [{ category, collapsed: !group.getIsExpanded(), rows: group.subRows.map((r) => r.original) }];
        });
  const flat = top.map((r) => r.original);
  const all = groups ? groups.flatMap((g) => g.rows) : ranked ? rankRows(flat, words) : flat;
  return {
    positions: [...positions],
    rows: all,
    // The rows the page renders: the same row model, folded groups left out.
    visibleRows: ranked ? all : table.getRowModel().rows.flatMap((r) => (r.getIsGrouped() ? [] : [r.original])),
    groups,
    counts: countAgreements(all.map((r) => r.comparison)),
  };
}
