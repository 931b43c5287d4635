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
export function Matrix({ data }: { data: MatrixData }) {
  return (
    <MatrixProvider value={useMatrixRoot(data)}>
      <MatrixView />
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
function MatrixView() {
  const { data, reader } = useMatrix();
  const controls = useMatrixView("controls");
  // A short table never defers: even an unused deferred value costs a second render per change.
  const deferred = useDeferredValue(data.issues.length > WINDOW_THRESHOLD ? controls : null);
  const table = deferred ?? controls;
  const tableQuery = reader.queryWithoutCell(table);
  const download = useMemo(() => <MatrixDownload />, []);
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
        <Toolbar actions={download} />
        {/* Busy while the table still shows an earlier view than the controls. */}
        <div id="matrix-results" className="scroll-mt-2" aria-busy={table !== controls}>
          <MatrixGrid view={table} />
        </div>
      </div>
    </ViewQueryContext>
  );
}
