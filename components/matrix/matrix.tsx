"use client";
import { Suspense, useDeferredValue, useMemo } from "react";
import type { MatrixData } from "@/lib/matrix-data";
import { parseView, serializeView, viewContext } from "@/lib/view-state";
import { EvidenceDialog } from "./evidence-dialog";
import { MatrixActionsContext, ViewQueryContext, type MatrixActions } from "./matrix-context";
import { MatrixGrid } from "./matrix-grid";
import { Toolbar } from "./toolbar";
import { useUrlView } from "./use-url-view";
import { UrlWatcher } from "./url-watcher";

/**
 * The interactive matrix: the controls answer at once, and the table follows a deferred
 * copy of the view, so typing never waits for a large table to re-render.
 */
export function Matrix({ data }: { data: MatrixData }) {
  const ctx = useMemo(() => viewContext(data), [data]);
  const [view, setView] = useUrlView(ctx);
  const deferred = useDeferredValue(view);
  // The table's view leaves out the open evidence: opening a cell re-renders no row.
  const tableQuery = serializeView({ ...deferred, cell: null }, ctx);
  const tableView = useMemo(() => parseView(tableQuery, ctx), [tableQuery, ctx]);
  const actions = useMemo<MatrixActions>(
    () => ({
      openCell: (issue, position) => setView((v) => ({ ...v, cell: { issue, position } })),
      toggleGroup: (category) =>
        setView((v) => ({
          ...v,
          collapsed: v.collapsed.includes(category) ? v.collapsed.filter((c) => c !== category) : [...v.collapsed, category],
        })),
    }),
    [setView],
  );
  return (
    <MatrixActionsContext value={actions}>
      <ViewQueryContext value={tableQuery}>
        <Toolbar data={data} view={view} setView={setView} />
        <MatrixGrid data={data} view={tableView} setView={setView} />
        <EvidenceDialog data={data} view={view} setView={setView} />
        <Suspense fallback={null}>
          <UrlWatcher />
        </Suspense>
      </ViewQueryContext>
    </MatrixActionsContext>
  );
}
