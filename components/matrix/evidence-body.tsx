import { issueHref } from "@/lib/site/links";
import { evidenceCount } from "@/lib/data/strength";
import { shownSummary, STANCE_INFO } from "@/lib/data/vocab";
import type { MatrixCell, MatrixIssue, MatrixPosition } from "@/lib/matrix/data";
import { plural } from "@/lib/format";
import { CitedQuoteList } from "@/components/source/cited-quote";
import { Highlight } from "@/components/ui/highlight";
import { StanceBadge } from "@/components/ui/stance-badge";
import { StrengthBadge } from "@/components/ui/strength-badge";
import { CellActions } from "@/components/release/cell-actions";
import { ChangedIn } from "@/components/release/changed-in";
import { useMatrix } from "./use-matrix";

const LINK = "text-blue-800 underline underline-offset-2 dark:text-blue-300";

type Props = { issue: MatrixIssue; position: MatrixPosition; cell: MatrixCell; query: string; terms: readonly string[] };

/**
 * What the evidence panel says of one cell: its stance, summary, strength and disagreement, every
 * quote, and the cell's actions. Loaded with the panel, once a cell is first opened (see Matrix), so the
 * matrix's first load does not carry the quotes' code.
 */
export default function EvidenceBody({ issue, position, cell, query, terms }: Props) {
  const { data } = useMatrix();
  return (
    <div className="flex-1 space-y-4 overflow-y-auto p-4">
      <p className="text-sm">
        <StanceBadge stance={cell.stance} className="mr-2" />
        <span className="text-slate-700 dark:text-slate-300">{STANCE_INFO[cell.stance].meaning}</span>
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Proposition: <Highlight text={issue.proposition} terms={terms} />
      </p>
      <p>
        <Highlight text={shownSummary(cell.summary)} terms={terms} />
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
  );
}
