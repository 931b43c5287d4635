/**
 * The strength of a cell's evidence, in fixed words: computed once at load from the cell's
 * citations and their sources, so that pages, exports and the matrix read the same value.
 * Commentary never counts; sources are counted once each.
 */
import type { CellStrength, ResolvedCitation, Source } from "./schema";
import { STRENGTH_INFO, type Stance, type Strength } from "./vocab";

type Weighed = Pick<ResolvedCitation, "source" | "kind">;
type SourceFacts = Pick<Source, "anonymous">;

const UNNAMED = "no named author or publisher";

export const NOT_STATED: CellStrength = {
  level: "not-stated",
  label: STRENGTH_INFO["not-stated"].label,
  sources: 0,
  citations: 0,
  anonymous: false,
  disputed: false,
};

/**
 * "Own words", "Reported by 3 sources", "Single report, no named author or publisher": spelled out,
 * since "anonymous source" means an unnamed informant in a newsroom, and here it means a text
 * that names neither its author nor its publisher.
 */
export function strengthLabel(level: Strength, sources: number, anonymous: boolean): string {
  const words = level === "reported" ? `Reported by ${sources} sources` : STRENGTH_INFO[level].label;
  if (!anonymous || level === "not-stated") return words;
  if (level === "single-report") return `${words}, ${UNNAMED}`;
  if (level === "own-words") return `${words}, quoted in a text with ${UNNAMED}`;
  return `${words}, none with a named author or publisher`;
}

/**
 * A stance's strength: own words if any citation gives them, else reported by the number of
 * sources that report it (one: a single report). `anonymous` when every counted source names
 * neither author nor publisher; `disputed` when the cell records a disagreement.
 */
export function cellStrength(
  cell: { stance: Stance; disagreement?: string },
  citations: readonly Weighed[],
  sourceOf: (id: string) => SourceFacts | undefined,
): CellStrength {
  if (cell.stance === "not-addressed") return NOT_STATED;
  const counted = citations.filter((c) => c.kind !== "commentary");
  const sources = [...new Set(counted.map((c) => c.source))];
  const anonymous = sources.length > 0 && sources.every((id) => sourceOf(id)?.anonymous === true);
  const level: Strength = counted.some((c) => c.kind === "own-words")
    ? "own-words"
    : sources.length >= 2
      ? "reported"
      : sources.length === 1
        ? "single-report"
        : "not-stated";
  return {
    level,
    label: strengthLabel(level, sources.length, anonymous),
    sources: sources.length,
    citations: counted.length,
    anonymous,
    disputed: cell.disagreement !== undefined,
  };
}

/** How many cells of each strength a position has, for the coverage summary. */
export function strengthCounts(cells: readonly { strength: CellStrength }[]) {
  const byLevel = Object.fromEntries(Object.keys(STRENGTH_INFO).map((k) => [k, 0])) as Record<Strength, number>;
  let anonymous = 0;
  let disputed = 0;
  for (const { strength } of cells) {
    byLevel[strength.level]++;
    if (strength.anonymous) anonymous++;
    if (strength.disputed) disputed++;
  }
  return { byLevel, anonymous, disputed };
}

/**
 * The one count of a cell's citations that pages and exports give beside its stance: those that
 * carry the stance (own words and reporting), commentary never counted. A cell without a stated
 * strength that still cites a passage (what a source leaves unsaid) counts it plainly.
 */
export function countedCitations(cell: { citations: readonly Pick<ResolvedCitation, "kind">[]; strength: Pick<CellStrength, "level" | "citations"> }): number {
  return cell.strength.level === "not-stated" ? cell.citations.length : cell.strength.citations;
}

/** "2 citations, and 1 commentary (context only, not counted)": commentary never counts as evidence. */
export function evidenceCount(cell: { citations: readonly Pick<ResolvedCitation, "kind">[]; strength: CellStrength }): string {
  const commentary = cell.citations.filter((c) => c.kind === "commentary").length;
  const n = cell.strength.citations;
  const counted = `${n} ${n === 1 ? "citation" : "citations"}`;
  return commentary > 0 ? `${counted}, and ${commentary} commentary (context only, not counted)` : counted;
}
