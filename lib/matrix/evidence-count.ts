/** A cell's citation count as the matrix's cells give it: short, and commentary never counted. */
import type { CellStrength } from "../data/schema";
import type { CitationKind } from "../data/vocab";
import { plural } from "../format";

type Counted = { citations: readonly { kind: CitationKind }[]; strength: Pick<CellStrength, "level" | "citations"> };

/**
 * "2 citations", "1 citation + 1 commentary, not counted"; null for a cell that cites nothing.
 * A silent cell that cites a passage (what a source leaves unsaid) counts it plainly.
 */
export function cellCount(cell: Counted): string | null {
  if (cell.citations.length === 0) return null;
  if (cell.strength.level === "not-stated") return plural(cell.citations.length, "citation");
  const commentary = cell.citations.filter((c) => c.kind === "commentary").length;
  const counted = plural(cell.strength.citations, "citation");
  return commentary > 0 ? `${counted} + ${commentary} commentary, not counted` : counted;
}
