/** A cell's citation count as the matrix's cells give it: short, and commentary never counted. */
import type { CellStrength } from "../data/schema";
import type { CitationKind } from "../data/vocab";
import { countedCitations } from "../data/strength";
import { plural } from "../format";

type Counted = { citations: readonly { kind: CitationKind }[]; strength: Pick<CellStrength, "level" | "citations"> };

/**
 * "2 citations", "1 citation + 1 commentary, not counted"; null for a cell that cites nothing.
 * A silent cell that cites a passage (what a source leaves unsaid) counts it plainly.
 */
export function cellCount(cell: Counted): string | null {
  if (cell.citations.length === 0) return null;
  const counted = plural(countedCitations(cell), "citation");
  if (cell.strength.level === "not-stated") return counted;
  const commentary = cell.citations.filter((c) => c.kind === "commentary").length;
  return commentary > 0 ? `${counted} + ${commentary} commentary, not counted` : counted;
}
