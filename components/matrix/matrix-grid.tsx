"use client";
import { useTable, type Row } from "@tanstack/react-table";
import { memo, useMemo, useState } from "react";
import type { MatrixData } from "@/lib/matrix-data";
import { matrixColumns, matrixOptions, matrixRows, matrixState, type MatrixFeatures, type MatrixRow } from "@/lib/matrix-table";
import { compileQuery } from "@/lib/row-query";
import { shownPositions, type View } from "@/lib/view-state";
import { onGridKeyDown } from "./grid-keys";
import { GroupHeader } from "./group-header";
import { IssueRow } from "./issue-row";
import { MatrixHead } from "./matrix-head";
import { MatrixStatus } from "./matrix-status";
import type { SetView } from "./use-url-view";

type Section = { category: string | null; collapsed: boolean; count: number; rows: MatrixRow[] };

/**
 * The table itself, rendered from the TanStack row model of `view` (which never carries the
 * open evidence, so opening a cell does not re-render the table).
 */
export const MatrixGrid = memo(function MatrixGrid({ data, view, setView }: { data: MatrixData; view: View; setView: SetView }) {
  const shownKey = shownPositions(view).join();
  const shown = useMemo(() => shownKey.split(","), [shownKey]);
  const positions = useMemo(() => shown.flatMap((slug) => data.positions.filter((p) => p.slug === slug)), [data, shown]);
  const rows = useMemo(() => matrixRows(data.issues, shown), [data, shown]);
  const columns = useMemo(() => matrixColumns(data.positions.map((p) => p.slug)), [data]);
  const { categories, stances, show, q } = view;
  // Compiled only when a filter changes: a new query re-runs the filtered row model.
  const query = useMemo(
    () => compileQuery({ categories, stances, show, q }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- arrays compared by content
    [categories.join(), stances.join(), show, q],
  );
  const state = useMemo(() => matrixState(view, shown, query, data), [view, shown, query, data]);
  const table = useTable(matrixOptions(rows, columns, state));

  const filtered = table.getFilteredRowModel().rows;
  const sections = toSections(table.getRowModel().rows);
  const categoryTitle = useMemo(() => new Map(data.categories.map((c) => [c.slug, c.title])), [data]);
  const grouped = state.grouping.length > 0;

  // One element of the table is in the Tab order: the last one focused, while it is on screen.
  const [active, setActive] = useState<string | null>(null);
  const first = sections.find((s) => s.category !== null || s.rows.length > 0);
  const onScreen = (key: string | null) =>
    key !== null &&
    sections.some((s) =>
      key.startsWith("group:")
        ? s.category === key.slice(6)
        : s.rows.some((r) => key === r.issue.slug || (key.startsWith(`${r.issue.slug}.`) && shown.includes(key.slice(r.issue.slug.length + 1)))),
    );
  const tabbable = onScreen(active)
    ? active
    : first?.category != null
      ? `group:${first.category}`
      : (first?.rows[0]?.issue.slug ?? null);

  return (
    <>
      <MatrixStatus data={data} view={view} rows={filtered.map((r) => r.original)} positions={positions} />
      <div
        className="matrix-scroll md:max-h-[calc(100dvh-2rem)] md:overflow-auto md:rounded md:border md:border-slate-200 md:dark:border-slate-700"
      >
        <table
          className="matrix-table w-full border-separate border-spacing-0 text-sm"
          style={{ minWidth: `${22 + positions.length * 13}rem` }}
          onKeyDown={onGridKeyDown}
          onFocus={(e) => {
            const key = (e.target as HTMLElement).dataset.nav;
            if (key) setActive(key);
          }}
        >
          <caption className="sr-only">
            Positions by issue: one row per issue, one column per position. Arrow keys move between cells; Enter opens
            a cell&apos;s evidence.
          </caption>
          <colgroup>
            <col className="w-60" />
            <col className="w-28" />
            {positions.map((p) => (
              <col key={p.slug} />
            ))}
          </colgroup>
          <MatrixHead view={view} setView={setView} positions={positions} />
          {sections.map((section, i) => (
            <tbody key={section.category ?? `flat-${i}`}>
              {section.category !== null && (
                <GroupHeader
                  category={section.category}
                  title={categoryTitle.get(section.category) ?? section.category}
                  collapsed={section.collapsed}
                  count={section.count}
                  span={positions.length + 2}
                  tabbable={tabbable === `group:${section.category}`}
                />
              )}
              {section.rows.map((row) => (
                <IssueRow
                  key={row.issue.slug}
                  row={row}
                  positions={positions}
                  terms={query.terms}
                  tabbable={tabbable?.split(".")[0] === row.issue.slug ? tabbable : null}
                  category={grouped ? null : (categoryTitle.get(row.issue.category) ?? null)}
                />
              ))}
            </tbody>
          ))}
        </table>
        {filtered.length === 0 && (
          <p className="p-6 text-center text-slate-700 dark:text-slate-300">
            No issue matches this view. Loosen a filter or the search, or reset the view.
          </p>
        )}
      </div>
    </>
  );
});

/** The row model cut into tbody sections: one per category group, or one for a flat sort. */
function toSections(model: readonly Row<MatrixFeatures, MatrixRow>[]): Section[] {
  const sections: Section[] = [];
  for (const row of model) {
    if (row.getIsGrouped()) {
      sections.push({ category: String(row.groupingValue), collapsed: !row.getIsExpanded(), count: row.subRows.length, rows: [] });
    } else {
      if (sections.length === 0) sections.push({ category: null, collapsed: false, count: 0, rows: [] });
      sections.at(-1)!.rows.push(row.original);
    }
  }
  return sections;
}
