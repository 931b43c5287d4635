/** Who cites what: for each source, its cited passages and the cells and events citing each. */
import type { Dataset, ResolvedCitation } from "../data/schema";
import { cellOf } from "../data/cells";
import { passageKey, type PassageRef } from "../data/passage";
import type { CitationKind, Stance } from "../data/vocab";

type CiteBase = { citationKind: CitationKind; speaker?: string };
export type CellCiter = CiteBase & {
  kind: "cell";
  issue: string;
  issueTitle: string;
  position: string;
  positionLabel: string;
  stance: Stance;
};
export type EventCiter = CiteBase & { kind: "event"; event: string; title: string; date: string };
export type Citer = CellCiter | EventCiter;

export type CitedPassage = PassageRef & { citers: Citer[] };

type IndexInput = Pick<Dataset, "issues" | "positions" | "events">;

function allCitations(data: IndexInput): { citation: ResolvedCitation; citer: Citer }[] {
  const fromCells = data.issues.flatMap((issue) =>
    data.positions.flatMap((p) => {
      const cell = cellOf(issue, p.slug);
      return cell.citations.map((citation) => ({
        citation,
        citer: {
          kind: "cell" as const,
          issue: issue.slug,
          issueTitle: issue.title,
          position: p.slug,
          positionLabel: p.shortLabel,
          stance: cell.stance,
          citationKind: citation.kind,
          ...(citation.speaker ? { speaker: citation.speaker } : {}),
        },
      }));
    }),
  );
  const fromEvents = data.events.flatMap((e) =>
    e.citations.map((citation) => ({
      citation,
      citer: {
        kind: "event" as const,
        event: e.id,
        title: e.title,
        date: e.date,
        citationKind: citation.kind,
        ...(citation.speaker ? { speaker: citation.speaker } : {}),
      },
    })),
  );
  return [...fromCells, ...fromEvents];
}

const indexes = new WeakMap<IndexInput, ReadonlyMap<string, CitedPassage[]>>();

/**
 * Every cited passage of every source, by source id, in text order; a passage cited twice is
 * listed once. Built once per dataset: each source page asks for it twice (metadata, then page).
 */
export function citedPassagesBySource(data: IndexInput): ReadonlyMap<string, CitedPassage[]> {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = buildIndex(data)));
  return index;
}

function buildIndex(data: IndexInput): Map<string, CitedPassage[]> {
  const byKey = new Map<string, CitedPassage>();
  for (const { citation, citer } of allCitations(data)) {
    const key = passageKey(citation);
    const passage = byKey.get(key) ?? { source: citation.source, start: citation.start, end: citation.end, citers: [] };
    passage.citers.push(citer);
    byKey.set(key, passage);
  }
  const bySource = new Map<string, CitedPassage[]>();
  for (const p of byKey.values()) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  for (const list of bySource.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return bySource;
}

export type SourceUse = { passages: number; citations: number; cells: number; events: number };

/** How much of the matrix and timeline rests on a source. */
export function sourceUse(passages: readonly CitedPassage[] = []): SourceUse {
  const citers = passages.flatMap((p) => p.citers);
  const cells = new Set(citers.flatMap((c) => (c.kind === "cell" ? [`${c.issue}/${c.position}`] : [])));
  const events = new Set(citers.flatMap((c) => (c.kind === "event" ? [c.event] : [])));
  return { passages: passages.length, citations: citers.length, cells: cells.size, events: events.size };
}

export type IssueCiters = { issue: string; issueTitle: string; cells: CellCiter[] };

/** A passage's citers, cells gathered under their issue (in first-cited order), then events. */
export function groupCiters(citers: readonly Citer[]): { issues: IssueCiters[]; events: EventCiter[] } {
  const issues = new Map<string, IssueCiters>();
  const events: EventCiter[] = [];
  for (const c of citers) {
    if (c.kind === "event") {
      events.push(c);
      continue;
    }
    const group = issues.get(c.issue) ?? { issue: c.issue, issueTitle: c.issueTitle, cells: [] };
    if (!group.cells.some((x) => x.position === c.position)) group.cells.push(c);
    issues.set(c.issue, group);
  }
  return { issues: [...issues.values()], events };
}
