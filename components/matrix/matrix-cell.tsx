import { memo } from "react";
import type { MatrixCell, MatrixPosition } from "@/lib/matrix/data";
import { shownSummary, SILENT_SUMMARY } from "@/lib/data/vocab";
import { snippet } from "@/lib/matrix/search";
import { useMatrix } from "./use-matrix";
import { StanceBadge } from "@/components/ui/stance-badge";
import { stanceEdgeClass } from "@/components/ui/stance-colors";
import { StrengthBadge } from "@/components/ui/strength-badge";
import { cellCount } from "@/lib/matrix/evidence-count";

type Props = {
  issue: string;
  /** The issue's title, which opens the cell's accessible name. */
  title: string;
  position: MatrixPosition;
  cell: MatrixCell;
  /** The search's words, only when one of the cell's quotes has one (it then shows a window of it): other cells keep still. */
  terms: readonly string[];
  tabbable: boolean;
};

/**
 * One position's stance on one issue, how much its evidence weighs and how many citations carry
 * it (commentary left out), and whether sources disagree on a fact it relies on; the whole cell
 * is a button that opens its evidence. On a phone it is a part of the issue's card.
 */
export const MatrixCellView = memo(function MatrixCellView({ issue, title, position, cell, terms, tabbable }: Props) {
  const { openCell } = useMatrix();
  const boilerplate = cell.summary === SILENT_SUMMARY;
  const summary = shownSummary(cell.summary);
  const count = cellCount(cell);
  const inQuote = terms.length > 0 && findQuoteSnippet(cell, terms);
  return (
    <td data-stance={cell.stance} className={`matrix-cell ${stanceEdgeClass(cell.stance)}`}>
      <button
        type="button"
        data-nav={`${issue}.${position.slug}`}
        tabIndex={tabbable ? 0 : -1}
        aria-haspopup="dialog"
        onClick={() => openCell(issue, position.slug)}
      >
        {/* One box for the contents, which a wide screen skips far from the screen at its measured height (`.cell-body`, app/globals.css). */}
        <span className="cell-body">
          {/* The name says which cell this is, then the stance and the strength below (item by item). */}
          <span className="sr-only">{`${title}, ${position.label}: `}</span>
          <span className="cell-head">
            <span className="cell-position" aria-hidden="true">
              {position.label}
            </span>
            <StanceBadge stance={cell.stance} />
          </span>
          {/* The search's words are marked by the grid (search-hits.ts): never in the words that stand for silence. */}
          <span className={boilerplate ? "line small" : "line"} data-find={boilerplate ? undefined : ""}>
            {summary}
          </span>
          {inQuote && (
            <span className="line quoted">
              In a quote: “<span data-find>{inQuote}</span>”
            </span>
          )}
          {cell.strength.level !== "not-stated" && <StrengthBadge strength={cell.strength} className="mt-1.5" />}
          {count && <span className="line small">{count}</span>}
          {cell.disagreement && (
            <span className="line warn" title={cell.disagreement}>
              <span aria-hidden="true">⚠ </span>Sources disagree on a fact it relies on
            </span>
          )}
        </span>
      </button>
    </td>
  );
});

/** A window of the first quote the search finds, when the summary alone does not show every word. */
function findQuoteSnippet(cell: MatrixCell, terms: readonly string[]): string | false {
  for (const citation of cell.citations) {
    const found = snippet(citation.quote, terms, 50);
    if (found) return found;
  }
  return false;
}
