import { useEffect, useRef } from "react";
import { issueHref } from "@/lib/site/links";
import { parseTerms } from "@/lib/matrix/search";
import { shownPositions } from "@/lib/matrix/view";
import { cellOf } from "@/lib/data/cells";
import { evidenceCount } from "@/lib/data/strength";
import { POSITION_KIND_INFO, STANCE_INFO } from "@/lib/data/vocab";
import { CitedQuoteList } from "@/components/source/cited-quote";
import { Highlight } from "@/components/ui/highlight";
import { StanceBadge } from "@/components/ui/stance-badge";
import { StrengthBadge } from "@/components/ui/strength-badge";
import { CellActions } from "@/components/release/cell-actions";
import { ChangedIn } from "@/components/release/changed-in";
import { useMatrix, useMatrixView } from "./use-matrix";
import { plural } from "@/lib/format";

const LINK = "text-blue-800 underline underline-offset-2 dark:text-blue-300";
const NAV_BUTTON = "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500";

/**
 * A cell's evidence in a modal side panel (a sheet on a phone): the column's scope, how much the
 * evidence weighs and whether sources disagree, then every quote with its speaker, source, date
 * and kind, each linking to the highlighted passage in the source reader. Escape, the close
 * button, a click outside or Back closes it, and focus returns to the cell.
 */
export function EvidenceDialog() {
  const { data, reader, setView } = useMatrix();
  const view = useMatrixView("whole");
  const dialog = useRef<HTMLDialogElement>(null);
  const lastCell = useRef<string | null>(null);
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
    if (cell && !el.open) el.showModal();
    if (!cell && el.open) el.close();
  }, [ref, cell]);

  const onClose = () => {
    setView((v) => (v.cell ? { ...v, cell: null } : v));
    const key = lastCell.current;
    if (key) document.querySelector<HTMLElement>(`[data-nav="${CSS.escape(key)}"]`)?.focus();
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
          <div className="flex-1 space-y-4 overflow-y-auto p-4">
            <p className="text-sm">
              <StanceBadge stance={cell.stance} className="mr-2" />
              <span className="text-slate-700 dark:text-slate-300">{STANCE_INFO[cell.stance].meaning}</span>
            </p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Proposition: <Highlight text={issue.proposition} terms={terms} />
            </p>
            <p>
              <Highlight text={cell.summary} terms={terms} />
            </p>
            {cell.strength.level !== "not-stated" && (
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
                <StrengthBadge strength={cell.strength} />
                <span>{evidenceCount(cell)}</span>
              </p>
            )}
            {cell.disagreement && (
              <p className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950">
                <strong className="font-semibold">Sources disagree:</strong> {cell.disagreement}
              </p>
            )}
            {cell.citations.length === 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">No citation: nothing is inferred from silence.</p>
            ) : (
              <section aria-labelledby="evidence-quotes">
                <h3 id="evidence-quotes" className="mb-2 text-sm font-semibold">
                  Evidence: {plural(cell.citations.length, "quote")}
                </h3>
                <CitedQuoteList citations={cell.citations} sourceOf={(id) => data.sources[id]} terms={terms} className="space-y-4" />
              </section>
            )}
            <ChangedIn version={cell.changedIn} />
            <CellActions info={data.publication} cell={{ issue: issue.slug, title: issue.title, position: position.slug, positionLabel: position.label, stance: cell.stance }} />
            <p className="text-sm">
              <a href={issueHref(issue.slug, position.slug, query)} className={LINK}>
                Every position on “{issue.title}”
              </a>
            </p>
          </div>
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
