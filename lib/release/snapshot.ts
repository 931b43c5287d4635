/** What a reader sees of the dataset, cut down to what a release records of it. */
import type { Dataset } from "../data/schema";
import { squash } from "../data/quotes";
import { SILENT_SUMMARY } from "../data/vocab";
import type { SnapshotCell, SnapshotContent } from "./schema";

/** Whether a cell says nothing but "not addressed": snapshots leave such cells out. */
export function isSilent(cell: SnapshotCell): boolean {
  return cell.stance === "not-addressed" && cell.summary === SILENT_SUMMARY && cell.citations.length === 0;
}

/**
 * Each issue's title, proposition, former slugs and cells (stance, summary, and each citation's
 * source, quote, kind and speaker), with the position labels and cited source titles needed to
 * show a change. Offsets, prefixes and the order of citations are left out: moving a quote in
 * its file or re-anchoring it changes nothing a reader sees.
 */
export function snapshotOf(data: Dataset): SnapshotContent {
  const cited = new Set<string>();
  const issues = data.issues.map((issue) => {
    const cells = data.positions.flatMap((p) => {
      const resolved = issue.cells[p.slug];
      if (!resolved) return [];
      const cell: SnapshotCell = {
        stance: resolved.stance,
        summary: squash(resolved.summary),
        citations: resolved.citations.map(({ source, quote, kind, speaker }) => {
          cited.add(source);
          return { source, quote: squash(quote), kind, ...(speaker ? { speaker } : {}) };
        }),
      };
      return isSilent(cell) ? [] : [[p.slug, cell] as const];
    });
    const entry = { title: issue.title, proposition: issue.proposition, aliases: [...issue.aliases], cells: Object.fromEntries(cells) };
    return [issue.slug, entry] as const;
  });
  return {
    positions: Object.fromEntries(data.positions.map((p) => [p.slug, p.label])),
    issues: Object.fromEntries(issues),
    sources: Object.fromEntries(data.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s.title])),
  };
}
