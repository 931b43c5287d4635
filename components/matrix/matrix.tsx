"use client";
import { Suspense, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { WINDOW_THRESHOLD } from "@/lib/matrix/row-window";
import { currentQuery } from "./address-store";
import { EvidenceDialog } from "./evidence-dialog";
import { MatrixDownload } from "../export/matrix-download";
import { MatrixGrid } from "./matrix-grid";
import { Toolbar } from "./toolbar";
import { UrlWatcher } from "./url-watcher";
import { useViewTitle } from "./use-view-title";
import { MatrixProvider, useMatrix, useMatrixRoot, useMatrixView, ViewQueryContext } from "./use-matrix";

/** The interactive matrix: its controls, the table and the evidence panel, all reading the view from the address. */
export function Matrix({ data, guide }: { data: MatrixData; guide?: React.ReactNode }) {
  return (
    <MatrixProvider value={useMatrixRoot(data)}>
      <MatrixView guide={guide} />
      <EvidenceDialog />
      <Suspense fallback={null}>
        <UrlWatcher />
      </Suspense>
    </MatrixProvider>
  );
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
  useViewTitle(data, table, tableQuery);
  // Ready once the table shows the address's view, which only an effect can know.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (tableQuery === reader.queryWithoutCell(reader.read(currentQuery()))) setReady(true);
  }, [tableQuery, reader]);
  return (
    <ViewQueryContext value={tableQuery}>
      {/* The prerendered matrix shows the default view until the browser applies the address's: never hidden meanwhile. */}
      <div className="matrix-view" data-matrix-ready={ready || undefined}>
        {/* Busy while the table still shows an earlier view than the controls. */}
        <MatrixGrid view={table} controls={controls} busy={table !== view} />
      </div>
    </ViewQueryContext>
  );
}
