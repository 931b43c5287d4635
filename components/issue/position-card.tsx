import { CitedQuoteList } from "@/components/source/cited-quote";
import type { SourceCaption } from "@/lib/format";
import type { Position, ResolvedCell } from "@/lib/data/schema";
import { evidenceCount } from "@/lib/data/strength";
import { POSITION_KIND_INFO } from "@/lib/data/vocab";
import { StanceBadge } from "@/components/ui/stance-badge";
import { CellActions } from "@/components/release/cell-actions";
import type { PublicationInfo } from "@/lib/release/edition";
import { StrengthBadge } from "@/components/ui/strength-badge";

/** One position's cell in full; its id lets a link point at it (/issues/<slug>#<position>). */
export function PositionCard({
  position,
  cell,
  sources,
  info,
  title,
}: {
  position: Position;
  cell: ResolvedCell;
  sources: Map<string, SourceCaption>;
  /** With the issue's title, adds the cell's "Cite this" and "Report an error". */
  info?: PublicationInfo;
  title?: string;
}) {
  const heading = `position-${position.slug}`;
  const stated = cell.stance !== "not-addressed";
  return (
    <section
      id={position.slug}
      aria-labelledby={heading}
      className="scroll-mt-4 rounded border border-slate-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600/40 dark:border-slate-700 dark:target:border-blue-400"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={heading} className="text-lg font-semibold">
          {position.label}{" "}
          <a href={`#${position.slug}`} className="text-slate-400 no-underline hover:text-slate-700 dark:hover:text-slate-200">
            <span aria-hidden="true">#</span>
            <span className="sr-only">Link to {position.label} on this issue</span>
          </a>
        </h3>
        <StanceBadge stance={cell.stance} size="md" />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        <span className="font-medium" title={POSITION_KIND_INFO[position.kind].meaning}>
          {POSITION_KIND_INFO[position.kind].label}
        </span>
        : {position.scope}
      </p>
      <p className="mt-2">{cell.summary}</p>
      {cell.disagreement && (
        <p className="mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950">
          <strong className="font-semibold">Sources disagree:</strong> {cell.disagreement}
        </p>
      )}
      {stated && (
        <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
          <StrengthBadge strength={cell.strength} />
          <span>{evidenceCount(cell)}</span>
        </p>
      )}
      {cell.citations.length > 0 && (
        <CitedQuoteList citations={cell.citations} sourceOf={(id) => sources.get(id)} label={`Evidence for ${position.shortLabel}`} />
      )}
      {title && (
        <div className="mt-3">
          <CellActions info={info} cell={{ issue: cell.issue, title, position: position.slug, positionLabel: position.label, stance: cell.stance }} />
        </div>
      )}
    </section>
  );
}
