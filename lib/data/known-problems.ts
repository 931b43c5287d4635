/** Each source's known problems: those recorded under it, and those recorded under another source that name its passages. */
import type { Source } from "./schema";

/** A known problem as a source's page and the exports list it; `recordedUnder` is set when another source records it. */
export type KnownProblem = { note: string; recordedUnder?: string };

export function knownProblems(sources: readonly Pick<Source, "id" | "problems">[]): Map<string, KnownProblem[]> {
  const notes = new Map<string, KnownProblem[]>(sources.map((s) => [s.id, []]));
  for (const s of sources)
    for (const problem of s.problems) {
      const involved = new Set([s.id, ...problem.passages.map((p) => p.source ?? s.id)]);
      for (const id of involved) notes.get(id)?.push(id === s.id ? { note: problem.note } : { note: problem.note, recordedUnder: s.id });
    }
  return notes;
}

/** One line: "note" or "note (recorded under <id>)", for the CSV export. */
export const problemLine = (p: KnownProblem) => (p.recordedUnder ? `${p.note} (recorded under ${p.recordedUnder})` : p.note);
