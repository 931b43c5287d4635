import { useTable, type Row } from "@tanstack/react-table";
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { matrixTableBuilder, type MatrixFeatures, type MatrixRow } from "@/lib/matrix/table";
import { clearSearchHits, markSearchHits } from "@/components/ui/search-hits";
import { scoreRows, type RowQuery } from "@/lib/matrix/row-query";
import type { View } from "@/lib/matrix/view";
import { onGridKeyDown } from "./grid-keys";
import { carryView } from "./issue-row";
import { MatrixBody, type Item } from "./matrix-body";
import { MatrixHead } from "./matrix-head";
import { MatrixStatus } from "./matrix-status";
import { Overview } from "./overview";
import { ScrollHintWhenWide } from "./scroll-hint-when-wide";
import { useMatrix } from "./use-matrix";
import { useFarCells } from "./use-far-cells";
import { usePageScroll } from "./use-page-scroll";
import { useRowWindow } from "./use-row-window";
import { useViewTitle } from "./use-view-title";

/**
 * The table itself, rendered from the TanStack row model of `view` (which never carries the
 * open evidence, so opening a cell does not re-render the table). The same builder gives the
 * CSV export its rows (applyView), so the file holds what the table shows. The overview of the
 * same rows comes first, then `controls`, then the table.
 */
type Props = {
  view: View;
  /** The view's query string (without the open cell): the tab's title and the issue links carry it. */
  query: string;
  controls?: React.ReactNode;
  busy: boolean;
};

export const MatrixGrid = memo(function MatrixGrid({ view, query, controls, busy }: Props) {
  const { data } = useMatrix();
  const build = useMemo(() => matrixTableBuilder(data), [data]);
  const { options, positions, shown, terms, grouped, ranked, words } = build(view);
  const table = useTable(options);

  const filtered = table.getFilteredRowModel().rows;
  const model = table.getRowModel().rows;
  const items = useMemo(() => toItems(model, ranked ? words : null), [model, ranked, words]);
  const keys = useMemo(() => items.map((i) => i.key), [items]);
  const { window, windowed, spacer } = useRowWindow(keys);
  const rendered = items.slice(window.start, window.end);
  const rows = useMemo(() => items.flatMap((i) => (i.kind === "row" ? [i.row] : [])), [items]);
  useViewTitle(data, view, query, rows.length);

  // One element of the table is in the Tab order: the last one focused while it is rendered,
  // else the first rendered one.
  const [active, setActive] = useState<string | null>(null);
  const tabbable = tabbableKey(active, rendered, shown);
  const box = useRef<HTMLDivElement>(null);
  usePageScroll(box);
  useFarCells(box, shown.join(), !windowed);
  // After every commit, before the paint: the rows it rendered are the texts to mark and the links to give the view.
  useLayoutEffect(() => {
    if (!box.current) return;
    markSearchHits(box.current, terms);
    carryView(box.current, query);
  });
  useEffect(() => clearSearchHits, []);

  return (
    <>
      <Overview rows={rows} positions={positions} />
      {controls}
      <div id="matrix-results" className="scroll-mt-2" aria-busy={busy}>
        <MatrixStatus view={view} rows={filtered.map((r) => r.original)} all={options.data} positions={positions} />
        <div ref={box} className="matrix-scroll md:rounded md:border md:border-slate-200 md:dark:border-slate-700">
          <table
            className="matrix-table w-full border-separate border-spacing-0 text-sm"
            style={{ minWidth: `${22 + positions.length * 13}rem` }}
            aria-rowcount={windowed ? items.length + 1 : undefined}
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
            <MatrixHead view={view} positions={positions} windowed={windowed} />
            <MatrixBody
              items={items}
              window={window}
              windowed={windowed}
              spacer={spacer}
              positions={positions}
              terms={terms}
              tabbable={tabbable}
              grouped={grouped}
              quotes={view.compare !== null && view.quotes}
            />
          </table>
          {filtered.length === 0 && (
            <p className="p-6 text-center text-slate-700 dark:text-slate-300">
              No issue matches this view. Loosen a filter or the search, or reset the view.
            </p>
          )}
        </div>
        <ScrollHintWhenWide box={box} positions={positions} />
      </div>
    </>
  );
});

/**
 * The row model as a flat list: category headings (when grouped) and issues, in display order
 * (ranked by the search's `words` if given). Ranked rows are sectioned by their score: a row
 * keeps its place among rows of the same score, so a keystroke that lifts a few rows to the top
 * moves only those, where one list would have React move every row they pass (and the browser
 * restyle each one moved).
 */
function toItems(model: readonly Row<MatrixFeatures, MatrixRow>[], words: RowQuery["words"] | null): Item[] {
  if (words) {
    // Scored once: the score both orders the rows and names their section.
    return scoreRows(model.map((r) => r.original), words).map(({ row, score }) => ({ kind: "row", key: row.issue.slug, row, section: `score:${score}` }));
  }
  return model.map((row) =>
    row.getIsGrouped()
      ? {
          kind: "group",
          key: `group:${String(row.groupingValue)}`,
          category: String(row.groupingValue),
          collapsed: !row.getIsExpanded(),
          count: row.subRows.length,
        }
      : { kind: "row", key: row.original.issue.slug, row: row.original },
  );
}

function tabbableKey(active: string | null, rendered: readonly Item[], shown: readonly string[]): string | null {
  if (active !== null) {
    const [slug, position] = active.split(".");
    const found = rendered.some((item) =>
      item.kind === "group" ? item.key === active : item.key === slug && (position === undefined || shown.includes(position)),
    );
    if (found) return active;
  }
  return rendered[0]?.key ?? null;
}
