/** How much of the matrix the data covers: printed by `npm run check:data`, counted on the pages. */
import { cellOf } from "./cells";
import type { Dataset } from "./schema";
import { strengthCounts } from "./strength";
import { STANCE_INFO, STANCES, STRENGTH_INFO, STRENGTHS } from "./vocab";

export function coverage(data: Dataset) {
  const cells = data.issues.flatMap((i) => data.positions.map((p) => cellOf(i, p.slug)));
  const cited = cells.filter((c) => c.citations.length > 0);
  const byStance = Object.fromEntries(STANCES.map((s) => [s, cells.filter((c) => c.stance === s).length]));
  const citations = [...cells.flatMap((c) => c.citations), ...data.events.flatMap((e) => e.citations)];
  const bySource = Object.fromEntries(data.sources.map((s) => [s.id, citations.filter((c) => c.source === s.id).length]));
  const byPosition = Object.fromEntries(
    data.positions.map((p) => [p.slug, data.issues.filter((i) => cellOf(i, p.slug).citations.length > 0).length]),
  );
  const strengthByPosition = Object.fromEntries(
    data.positions.map((p) => [p.slug, strengthCounts(data.issues.map((i) => i.cells[p.slug]!))]),
  );
  return {
    issues: data.issues.length,
    positions: data.positions.length,
    categories: data.categories.length,
    events: data.events.length,
    cells: cells.length,
    citedCells: cited.length,
    notAddressed: byStance["not-addressed"] ?? 0,
    implicitCells: cells.filter((c) => !c.explicit).length,
    citations: citations.length,
    byStance,
    bySource,
    byPosition,
    strengthByPosition,
  };
}

/**
 * The site's one citation count, and what it counts: every cited passage, commentary included, in
 * the matrix's cells and on the timeline. Pages and previews give this number; a file that holds
 * only some of them says which.
 */
export function citationTotal(data: Pick<Dataset, "issues" | "positions" | "events">) {
  const matrix = data.issues.reduce((n, i) => n + data.positions.reduce((m, p) => m + cellOf(i, p.slug).citations.length, 0), 0);
  const timeline = data.events.reduce((n, e) => n + e.citations.length, 0);
  const all = matrix + timeline;
  return { all, matrix, timeline, counted: "citations in the matrix and the timeline", words: `${all} citations: ${matrix} in the matrix's cells, ${timeline} on the timeline` };
}

/** One line per position: how many of its stated cells rest on each strength of evidence. */
function strengthRows(c: ReturnType<typeof coverage>): string[] {
  const levels = STRENGTHS.filter((s) => s !== "not-stated");
  const width = Math.max(...Object.keys(c.strengthByPosition).map((k) => k.length)) + 2;
  const head = levels.map((l) => STRENGTH_INFO[l].label.toLowerCase().padStart(14)).join("");
  return [
    `    ${"".padEnd(width)}${head}     anonymous   disputed`,
    ...Object.entries(c.strengthByPosition).map(
      ([slug, n]) =>
        `    ${slug.padEnd(width)}${levels.map((l) => String(n.byLevel[l]).padStart(14)).join("")}${String(n.anonymous).padStart(14)}${String(n.disputed).padStart(11)}`,
    ),
  ];
}

export function summarize(data: Dataset): string {
  const c = coverage(data);
  const pct = (n: number, of: number) => (of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`);
  const rows = (o: Record<string, number>, label: (k: string) => string) =>
    Object.entries(o).map(([k, n]) => `    ${label(k).padEnd(34)} ${n}`);
  return [
    "Data OK: every quote was found in its source.",
    `  ${c.issues} issues in ${c.categories} categories, ${c.positions} positions, ${c.events} timeline events`,
    `  ${c.cells} cells: ${c.citedCells} cited (${pct(c.citedCells, c.cells)}), ${c.notAddressed} not addressed in the sources` +
      (c.implicitCells ? ` (${c.implicitCells} of them not written in the data files)` : ""),
    `  ${c.citations} citations`,
    "  cells per stance:",
    ...rows(c.byStance, (k) => STANCE_INFO[k as keyof typeof STANCE_INFO].label),
    "  cited issues per position:",
    ...rows(c.byPosition, (k) => `${k} (of ${c.issues})`),
    "  strength of the evidence per position (stated cells; own words > reported by 2+ sources > single report;",
    "  anonymous: every source carrying the stance is anonymous; disputed: sources disagree on a fact it relies on):",
    ...strengthRows(c),
    "  citations per source:",
    ...rows(c.bySource, (k) => k),
  ].join("\n");
}
