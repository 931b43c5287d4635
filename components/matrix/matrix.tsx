"use client";
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { WINDOW_THRESHOLD } from "@/lib/matrix/row-window";
import { currentQuery } from "./address-store";
import { MatrixDownload } from "../export/matrix-download";
import { MatrixGrid } from "./matrix-grid";
import { Toolbar } from "./toolbar";
import { UrlWatcher } from "./url-watcher";
import { MatrixProvider, useMatrix, useMatrixRoot, useMatrixView } from "./use-matrix";

// The evidence panel, its quotes and their actions load when a cell is first opened: few readers
// open one in the first seconds, and the page's JavaScript budget is measured before any does.
const EvidenceDialog = lazy(() => import("./evidence-dialog"));

/** The interactive matrix: its controls, the table and the evidence panel, all reading the view from the address. */
export function Matrix({ data, guide }: { data: MatrixData; guide?: React.ReactNode }) {
  return (
    <MatrixProvider value={useMatrixRoot(data)}>
      <MatrixView guide={guide} />
      <Evidence />
      <Suspense fallback={null}>
        <UrlWatcher />
      </Suspense>
    </MatrixProvider>
  );
}

/** The evidence panel, mounted from the first open cell on (an address with a cell opens one at once). */
function Evidence() {
  const opened = useMatrixView("whole").cell !== null;
  const [wanted, setWanted] = useState(opened);
  if (opened && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <EvidenceDialog />
    </Suspense>
  ) : null;
}

/**
 * A table short enough to render whole follows the view in the same frame as the controls; a
 * windowed (long) one follows a deferred copy of the view, so typing never waits for a large
 * table to re-render. Neither follows the open cell: opening evidence re-renders no row.
 */
function MatrixView({ guide }: { guide?: React.ReactNode }) {
  const { data, reader } = useMatrix();
  const view = useMatrixView("controls");
  // A short table never defers: even an unused deferred value costs a second render per change.
  const deferred = useDeferredValue(data.issues.length > WINDOW_THRESHOLD ? view : null);
  const table = deferred ?? view;
  const tableQuery = reader.queryWithoutCell(table);
  // One element for the page's life, so that the memoised grid it goes through keeps still.
  const controls = useMemo(
    () => (
      <>
        {guide}
        <Toolbar actions={<MatrixDownload />} />
      </>
    ),
    [guide],
  );
  // Ready once the table shows the address's view, which only an effect can know.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (tableQuery === reader.queryWithoutCell(reader.read(currentQuery()))) setReady(true);
  }, [tableQuery, reader]);
  return (
    // The prerendered matrix shows the default view until the browser applies the address's: never hidden meanwhile.
    <div className="matrix-view" data-matrix-ready={ready || undefined}>
      {/* Busy while the table still shows an earlier view than the controls. */}
      <MatrixGrid view={table} query={tableQuery} controls={controls} busy={table !== view} />
    </div>
  );
}
