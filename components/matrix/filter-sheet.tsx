import { useEffect, useMemo, useRef } from "react";
import { applyView } from "@/lib/matrix/apply-view";
import { plural } from "@/lib/format";
import { Filters } from "./filters";
import { useMatrix, useMatrixView } from "./use-matrix";

const BUTTON = "cursor-pointer rounded border border-slate-400 px-3 py-2 text-sm font-medium dark:border-slate-500";

/**
 * On a phone, the filters in a sheet over the results: each change counts the issues it would
 * show at once ("Show 7 issues"), and that button closes the sheet onto them.
 */
export default function FilterSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data, setView } = useMatrix();
  const view = useMatrixView("controls");
  const dialog = useRef<HTMLDialogElement>(null);
  // Counted only while the sheet is open: the same pipeline as the table, run headless.
  const shown = useMemo(() => (open ? applyView(data, view).rows.length : 0), [open, data, view]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const showResults = () => {
    dialog.current?.close();
    document.getElementById("matrix-results")?.scrollIntoView({ block: "start" });
  };
  const active = view.categories.length + view.stances.length + view.strengths.length + (view.show === "all" ? 0 : 1);

  return (
    <dialog
      ref={dialog}
      id="matrix-filters"
      aria-labelledby="filter-sheet-title"
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
      className="filter-sheet no-print mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-full rounded-t-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && (
        <div className="flex max-h-[85dvh] flex-col">
          <header className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
            <h2 id="filter-sheet-title" className="text-base font-semibold">
              Filters
            </h2>
            <button type="button" className={BUTTON} onClick={() => dialog.current?.close()}>
              Close<span className="sr-only"> filters</span>
            </button>
          </header>
          <div className="flex-1 overflow-y-auto p-4">
            <Filters />
          </div>
          <footer className="flex items-center justify-between gap-2 border-t border-slate-200 p-3 dark:border-slate-700">
            <button
              type="button"
              className={`${BUTTON} aria-disabled:opacity-50`}
              aria-disabled={active === 0}
              onClick={() => active > 0 && setView((v) => ({ ...v, categories: [], stances: [], strengths: [], show: "all" }))}
            >
              Clear filters
            </button>
            <button
              type="button"
              autoFocus
              onClick={showResults}
              className="cursor-pointer rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950"
            >
              Show {plural(shown, "issue")}
            </button>
          </footer>
        </div>
      )}
    </dialog>
  );
}
