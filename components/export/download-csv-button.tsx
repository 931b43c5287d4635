import { useState } from "react";
import { saveFile } from "./save-file";

/** A CSV file made on demand, and what to tell a screen reader once it is saved. */
export type CsvDownload = { name: string; text: string; saved: string };

/**
 * Saves a CSV file built in the browser when pressed. `make` reads what to save and loads the
 * CSV writer only then, so neither costs the page anything until someone wants a file.
 */
export function DownloadCsvButton({
  make,
  label = "Download CSV",
  title,
  className = "",
}: {
  make: () => Promise<CsvDownload>;
  label?: string;
  title: string;
  className?: string;
}) {
  const [status, setStatus] = useState({ text: "", failed: false });

  async function download() {
    let file: CsvDownload;
    try {
      file = await make();
    } catch (error) {
      setStatus({ text: `Could not save the file: ${error instanceof Error ? error.message : String(error)}`, failed: true });
      return;
    }
    saveFile(new Blob([file.text], { type: "text/csv;charset=utf-8" }), file.name);
    setStatus({ text: file.saved, failed: false });
  }

  return (
    <>
      <button
        type="button"
        onClick={download}
        title={title}
        className={`inline-flex cursor-pointer items-center gap-1.5 rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800 ${className}`}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
          <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
        </svg>
        {label}
      </button>
      {/* Said to screen readers when saved; shown to everyone when it failed. */}
      <span role="status" className={status.failed ? "text-sm text-red-800 dark:text-red-300" : "sr-only"}>
        {status.text}
      </span>
    </>
  );
}
