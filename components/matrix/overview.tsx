import { memo, useState } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import { splitHeadline } from "@/lib/matrix/headline";
import { STANCE_INFO, STANCES } from "@/lib/data/vocab";
import { StanceIcon } from "@/components/ui/stance-icon";
import { stanceBadgeClass } from "@/components/ui/stance-colors";
import { useMatrix } from "./use-matrix";

/** More rows than a glance can take: a long table's overview stops here and says so. */
export const OVERVIEW_MAX_ROWS = 60;

type Props = { rows: readonly MatrixRow[]; positions: readonly MatrixPosition[] };

/**
 * The split at a glance: the headline sentence, then every shown issue × shown position as a
 * mark (icon and colour; the word on hover, on focus and in its name), dense enough that the
 * default view's 29 issues fit a laptop's first screen. A mark opens the same evidence panel as
 * the table's cell. One mark is in the Tab order; arrow keys move between them (`data-mark`,
 * not the table's `data-nav`: the table's keys and focus stay its own). A list, not a
 * table: each mark's name says its issue and position, and the page keeps one table of positions.
 */
export const Overview = memo(function Overview({ rows, positions }: Props) {
  const shown = rows.slice(0, OVERVIEW_MAX_ROWS);
  const [active, setActive] = useState<string | null>(null);
  const first = shown[0] && positions[0] ? `${shown[0].issue.slug}.${positions[0].slug}` : null;
  const tabbable = active && shown.some((r) => active.startsWith(`${r.issue.slug}.`)) ? active : first;
  return (
    <section aria-labelledby="overview-title" className="overview mb-4">
      <h2 id="overview-title" className="sr-only">
        Overview
      </h2>
      <p className="overview-headline">
        {splitHeadline(rows, positions.length)}
      </p>
      {shown.length > 0 && positions.length > 0 && (
        <ul className="overview-key" aria-label="Key to the marks">
          {STANCES.map((s) => (
            <li key={s}>
              <span className={`key-mark ${stanceBadgeClass(s)}`} aria-hidden="true">
                <StanceIcon stance={s} size={14} />
              </span>
              {STANCE_INFO[s].label}
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && positions.length > 0 && (
        <div
          className="overview-grid"
          style={{ gridTemplateColumns: `var(--issue-column) repeat(${positions.length}, var(--mark-column))` }}
          onKeyDown={(e) => moveBetweenMarks(e, positions.length)}
          onFocus={(e) => {
            const key = (e.target as HTMLElement).dataset.mark;
            if (key) setActive(key);
          }}
        >
          {/* The names say the position; these headings are for the eye. */}
          <div className="overview-head" aria-hidden="true">
            <span />
            {positions.map((p) => (
              <span key={p.slug} title={p.label}>
                {p.shortLabel}
              </span>
            ))}
          </div>
          <ul aria-label="Each issue's stances, one mark per position. Arrow keys move between marks.">
            {shown.map((row, i) => (
              <OverviewLine
                key={row.issue.slug}
                row={row}
                positions={positions}
                newGroup={i > 0 && shown[i - 1]?.issue.category !== row.issue.category}
                tabbable={tabbable?.startsWith(`${row.issue.slug}.`) ? tabbable : null}
              />
            ))}
          </ul>
        </div>
      )}
      {rows.length > shown.length && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The first {shown.length} of {rows.length} issues; the table below has them all.
        </p>
      )}
    </section>
  );
});

type LineProps = { row: MatrixRow; positions: readonly MatrixPosition[]; newGroup: boolean; tabbable: string | null };

/** One issue's marks: memoised, so that a keystroke re-renders only the lines it adds or changes. */
const OverviewLine = memo(function OverviewLine({ row: { issue, shown: cells }, positions, newGroup, tabbable }: LineProps) {
  const { openCell } = useMatrix();
  return (
    <li className={newGroup ? "new-group" : undefined}>
      <span className="overview-issue" title={issue.proposition}>
        {issue.title}
      </span>
      {positions.map((p, j) => {
        const cell = cells[j];
        if (!cell) return <span key={p.slug} />;
        const word = STANCE_INFO[cell.stance].label;
        const key = `${issue.slug}.${p.slug}`;
        return (
          <button
            key={p.slug}
            type="button"
            className={`mark ${stanceBadgeClass(cell.stance)}`}
            data-mark={key}
            data-word={word}
            data-stance={cell.stance}
            tabIndex={key === tabbable ? 0 : -1}
            aria-haspopup="dialog"
            aria-label={`${issue.title}, ${p.label}: ${word}. Evidence: ${cell.strength.label}`}
            title={`${p.shortLabel}: ${word}`}
            onClick={() => openCell(issue.slug, p.slug)}
          >
            <StanceIcon stance={cell.stance} size={14} />
          </button>
        );
      })}
    </li>
  );
});

const STEP: Record<string, (i: number, columns: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  ArrowUp: (i, c) => i - c,
  ArrowDown: (i, c) => i + c,
  Home: (i, c) => i - (i % c),
  End: (i, c) => i - (i % c) + c - 1,
};

/** Arrow keys, Home and End between the marks, which sit `columns` to a row. */
function moveBetweenMarks(event: React.KeyboardEvent<HTMLElement>, columns: number) {
  const step = STEP[event.key];
  const from = event.target as HTMLElement;
  if (!step || !from.matches(".mark") || event.altKey || event.metaKey || event.shiftKey) return;
  const marks = [...event.currentTarget.querySelectorAll<HTMLElement>(".mark")];
  const to = marks[step(marks.indexOf(from), columns)];
  if (!to) return;
  event.preventDefault();
  to.focus();
}
