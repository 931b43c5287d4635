"use client";
import { Suspense, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { parseView, serializeView, viewContext } from "@/lib/matrix/view";
import { EvidenceDialog } from "./evidence-dialog";
import { MatrixActionsContext, ViewQueryContext, type MatrixActions } from "./matrix-context";
import { MatrixDownload } from "./matrix-download";
import { MatrixGrid } from "./matrix-grid";
import { Toolbar } from "./toolbar";
import { currentQuery, useUrlView } from "./use-url-view";
import { WINDOW_THRESHOLD } from "./use-row-window";
import { UrlWatcher } from "./url-watcher";

/**
 * The interactive matrix. A table short enough to render whole follows the view in the same
 * frame as the controls; a windowed (long) one follows a deferred copy of the view, so typing
 * never waits for a large table to re-render.
 */
export function Matrix({ data }: { data: MatrixData }) {
  const ctx = useMemo(() => viewContext(data), [data]);
  const [view, setView] = useUrlView(ctx);
  // A short table never defers: even an unused deferred value costs a second render per change.
  const deferred = useDeferredValue(data.issues.length > WINDOW_THRESHOLD ? view : null);
  const followed = deferred ?? view;
  // The controls' view leaves out the open evidence too: opening a cell re-renders no control.
  const controlsQuery = serializeView({ ...view, cell: null }, ctx);
  const controlsView = useMemo(() => parseView(controlsQuery, ctx), [controlsQuery, ctx]);
  const download = useMemo(() => <MatrixDownload data={data} />, [data]);
  // The table's view leaves out the open evidence: opening a cell re-renders no row.
  const tableQuery = serializeView({ ...followed, cell: null }, ctx);
  const tableView = useMemo(() => parseView(tableQuery, ctx), [tableQuery, ctx]);
  // The prerendered page shows the default view; once the table shows the address's view,
  // the page stops hiding it (see the inline script in app/page.tsx) and says it is ready.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (tableQuery !== serializeView({ ...parseView(currentQuery(), ctx), cell: null }, ctx)) return;
    document.querySelector(".view-pending")?.classList.remove("view-pending");
    // Ready once the DOM shows the address's view, which only an effect can know.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
  }, [tableQuery, ctx]);
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
        <div className="matrix-view" data-matrix-ready={ready || undefined}>
          <Toolbar data={data} view={controlsView} setView={setView} actions={download} />
          {/* Busy while the table still shows an earlier view than the controls. */}
          <div aria-busy={tableQuery !== controlsQuery}>
            <MatrixGrid data={data} view={tableView} setView={setView} />
          </div>
        </div>
        <EvidenceDialog data={data} view={view} setView={setView} />
        <Suspense fallback={null}>
          <UrlWatcher />
        </Suspense>
      </ViewQueryContext>
    </MatrixActionsContext>
  );
}
