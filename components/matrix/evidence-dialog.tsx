import { useEffect, useRef } from "react";
import { parseTerms } from "@/lib/matrix/search";
import { shownPositions } from "@/lib/matrix/view";
import { cellOf } from "@/lib/data/cells";
import { POSITION_KIND_INFO } from "@/lib/data/vocab";
import EvidenceBody from "./evidence-body";
import { useMatrix, useMatrixView } from "./use-matrix";

const NAV_BUTTON = "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500";

/**
 * A cell's evidence in a modal side panel (a sheet on a phone): the column's scope, how much the
 * evidence weighs and whether sources disagree, then every quote with its speaker, source, date
 * and kind, each linking to the highlighted passage in the source reader. Escape, the close
 * button, a click outside or Back closes it, and focus returns to the cell. Loaded, with its
 * quotes and their actions, when a cell is first opened (see Matrix): the matrix starts without it.
 */
export default function EvidenceDialog() {
  const { data, reader, setView } = useMatrix();
  const view = useMatrixView("whole");
  const dialog = useRef<HTMLDialogElement>(null);
  const lastCell = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const query = reader.queryWithoutCell(view);
  const ref = view.cell;
  const issue = ref ? data.issues.find((i) => i.slug === ref.issue) : undefined;
  const position = ref ? data.positions.find((p) => p.slug === ref.position) : undefined;
  const cell = issue && position ? cellOf(issue, position.slug) : undefined;
  const terms = parseTerms(view.q);
  const shown = shownPositions(view);
  const at = position ? shown.indexOf(position.slug) : -1;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (ref) lastCell.current = `${ref.issue}.${ref.position}`;
    // The mark or cell that opened it (both carry the same data-nav), to give focus back to.
    if (cell && !el.open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (cell && !el.open) el.showModal();
    if (!cell && el.open) el.close();
  }, [ref, cell]);

  const onClose = () => {
    setView((v) => (v.cell ? { ...v, cell: null } : v));
    const key = lastCell.current;
    const opened = opener.current?.dataset.nav ?? opener.current?.dataset.mark;
    const back = opener.current?.isConnected && opened === key ? opener.current : null;
    if (key) (back ?? document.querySelector<HTMLElement>(`.matrix-table [data-nav="${CSS.escape(key)}"]`))?.focus();
  };
  const step = (by: -1 | 1) => {
    const next = shown[at + by];
    if (issue && next) setView((v) => ({ ...v, cell: { issue: issue.slug, position: next } }));
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="evidence-title"
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
      className="evidence-dialog no-print my-0 mr-0 ml-auto h-dvh max-h-dvh w-[min(38rem,100vw)] max-w-full bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      {issue && position && cell && (
        <div className="flex h-full flex-col">
          <header className="flex items-start justify-between gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
            <div>
              <p className="text-sm text-slate-700 dark:text-slate-300">{position.label}</p>
              <h2 id="evidence-title" className="text-lg leading-snug font-semibold">
                {issue.title}
              </h2>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
                <span className="font-medium" title={POSITION_KIND_INFO[position.kind].meaning}>
                  {POSITION_KIND_INFO[position.kind].label}
                </span>
                : {position.scope}
              </p>
            </div>
            <button
              type="button"
              autoFocus
              onClick={() => dialog.current?.close()}
              className="cursor-pointer rounded border border-slate-400 px-2.5 py-1 text-sm dark:border-slate-500"
            >
              Close<span className="sr-only"> evidence</span>
            </button>
          </header>
          <EvidenceBody issue={issue} position={position} cell={cell} query={query} terms={terms} />
          <footer className="flex justify-between gap-2 border-t border-slate-200 p-3 dark:border-slate-700">
            {at > 0 ? (
              <button type="button" className={NAV_BUTTON} onClick={() => step(-1)}>
                <span aria-hidden="true">← </span>
                <span className="sr-only">Previous position: </span>
                {data.positions.find((p) => p.slug === shown[at - 1])?.shortLabel}
              </button>
            ) : (
              <span />
            )}
            {at >= 0 && at < shown.length - 1 && (
              <button type="button" className={NAV_BUTTON} onClick={() => step(1)}>
                <span className="sr-only">Next position: </span>
                {data.positions.find((p) => p.slug === shown[at + 1])?.shortLabel}
                <span aria-hidden="true"> →</span>
              </button>
            )}
          </footer>
        </div>
      )}
    </dialog>
  );
}
