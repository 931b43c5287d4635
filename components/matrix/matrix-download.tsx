"use client";
import { DownloadCsvButton } from "@/components/export/download-csv-button";
import type { MatrixData } from "@/lib/matrix/data";
import { exportView } from "@/lib/matrix/apply-view";
import { parseView, viewContext } from "@/lib/matrix/view";
import { currentQuery } from "./use-url-view";

/** "Download CSV" of exactly the view in the address bar (the evidence panel left out). */
export function MatrixDownload({ data }: { data: MatrixData }) {
  return <DownloadCsvButton getExport={() => exportView(data, { ...parseView(currentQuery(), viewContext(data)), cell: null })} />;
}
