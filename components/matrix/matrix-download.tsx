"use client";
import { useState } from "react";
import type { MatrixData } from "@/lib/matrix-data";
import { currentQuery } from "./use-url-view";
import { exportView, parseView, viewContext } from "@/lib/view-state";

const BUTTON =
  "inline-flex cursor-pointer items-center gap-1.5 rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800";

/**
 * "Download CSV" of exactly the view on screen (the same file as the export page's control).
 * The export is built when pressed, and the CSV writer loaded then too, so neither costs the
 * matrix anything until someone wants a file.
 */
export function MatrixDownload({ data }: { data: MatrixData }) {
  const [status, setStatus] = useState("");
  async function download() {
    const exported = exportView(data, { ...parseView(currentQuery(), viewContext(data)), cell: null });
    const { matrixCsvFile } = await import("@/lib/matrix-csv-file");
    const file = matrixCsvFile(exported.rows, exported.positions, {
      siteUrl: window.location.origin,
      exportedAt: new Date(),
      view: exported.description,
    });
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = file.name;
    link.click();
    // Revoking at once can cancel the download in some browsers; a minute is ample.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`Saved ${file.name}: ${exported.rows.length} issues × ${exported.positions.length} positions.`);
  }
  return (
    <>
      <button type="button" onClick={download} className={BUTTON}>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
          <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
        </svg>
        Download CSV
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </>
  );
}
