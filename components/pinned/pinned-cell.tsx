import { StanceBadge } from "@/components/ui/stance-badge";
import { CitationKindLabel } from "@/components/source/citation-kind";
import { pinnedHref, type PinnedCell } from "@/lib/release/pinned";

/**
 * One position's cell as a release recorded it: stance, summary and each quote with its source.
 * A snapshot keeps no offsets, so a quote links to the source's pinned page, not to a passage.
 */
export function PinnedCellCard({ cell, version, sourceTitle }: { cell: PinnedCell; version: string; sourceTitle: (id: string) => string }) {
  const heading = `position-${cell.position}`;
  return (
    <section id={cell.position} aria-labelledby={heading} className="scroll-mt-4 rounded border border-slate-200 p-4 target:border-blue-600 dark:border-slate-700">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={heading} className="text-lg font-semibold">
          {cell.label}
        </h2>
        <StanceBadge stance={cell.stance} size="md" />
      </div>
      <p className="mt-2">{cell.summary}</p>
      {cell.citations.length > 0 && (
        <ul className="mt-3 space-y-3" aria-label={`Evidence for ${cell.label}`}>
          {cell.citations.map((c, i) => (
            <li key={i}>
              <figure className="quote">
                <blockquote>“{c.quote}”</blockquote>
                <figcaption>
                  {c.kind === "own-words" && c.speaker && <span className="speaker">Speaker: {c.speaker}</span>}
                  <a href={pinnedHref(version, { source: c.source })}>
                    <cite>{sourceTitle(c.source)}</cite>
                  </a>
                  <CitationKindLabel kind={c.kind} />
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
