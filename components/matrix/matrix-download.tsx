"use client";
import { memo, useMemo } from "react";
import { DownloadCsvButton } from "@/components/export/download-csv-button";
import type { MatrixData } from "@/lib/matrix-data";
import { exportView, type View } from "@/lib/view-state";

/**
 * "Download CSV" for exactly the view on screen. It is handed a deferred copy of the table's
 * view, so building the export never delays the table's own update.
 */
export const MatrixDownload = memo(function MatrixDownload({ data, view }: { data: MatrixData; view: View }) {
  const exported = useMemo(() => exportView(data, view), [data, view]);
  return <DownloadCsvButton rows={exported.rows} positions={exported.positions} view={exported.description} />;
});
