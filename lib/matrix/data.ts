/**
 * What the matrix page hands to the browser: the validated dataset cut down to what the
 * matrix shows. Source texts stay on the server; each citation keeps its offsets so the
 * evidence can link to the highlighted passage in the source reader.
 */
import { sourceCaption, type SourceCaption } from "../format";
import type { CellStrength, Dataset } from "../data/schema";
import type { CitationKind, PositionKind, Stance } from "../data/vocab";

export type MatrixCitation = {
  id: string;
  source: string;
  quote: string;
  speaker?: string;
  /** The person a report is about: never shown as its speaker. */
  about?: string;
  kind: CitationKind;
  start: number;
  end: number;
};

export type MatrixCell = {
  stance: Stance;
  summary: string;
  citations: MatrixCitation[];
  /** Computed at load (lib/data/strength.ts): the same value the issue pages and exports show. */
  strength: CellStrength;
  /** Where sources disagree on a fact the cell relies on. */
  disagreement?: string;
};

export type MatrixIssue = {
  slug: string;
  title: string;
  definition: string;
  proposition: string;
  category: string;
  /** Keyed by position slug; every position has a cell (the loader fills in silence). */
  cells: Record<string, MatrixCell>;
};

export type MatrixPosition = {
  slug: string;
  label: string;
  shortLabel: string;
  description: string;
  kind: PositionKind;
  /** One sentence: what belongs in the column. */
  scope: string;
  /** Shown to a first-time reader; when no position is, all are. */
  default: boolean;
  /** On how many of all the issues it takes a stance (for "Russia: 12 of 29 issues in these sources"). */
  stated: number;
};
export type MatrixCategory = { slug: string; title: string; description: string };

export type MatrixData = {
  /** In the dataset's order: the default column order. */
  positions: MatrixPosition[];
  categories: MatrixCategory[];
  /** In the dataset's order (category, then order within it, then title): the default row order. */
  issues: MatrixIssue[];
  /** Only the sources some cell cites. */
  sources: Record<string, SourceCaption>;
};

export function toMatrixData(data: Dataset): MatrixData {
  const cited = new Set<string>();
  const issues = data.issues.map((issue) => ({
    slug: issue.slug,
    title: issue.title,
    definition: issue.definition,
    proposition: issue.proposition,
    category: issue.category,
    cells: Object.fromEntries(
      data.positions.map((p) => {
        // The loader gives every issue a cell for every position.
        const cell = issue.cells[p.slug]!;
        const citations = cell.citations.map((c) => {
          cited.add(c.source);
          return {
            id: c.id,
            source: c.source,
            quote: c.quote,
            ...(c.speaker ? { speaker: c.speaker } : {}),
            ...(c.about ? { about: c.about } : {}),
            kind: c.kind,
            start: c.start,
            end: c.end,
          };
        });
        const extra = cell.disagreement ? { disagreement: cell.disagreement } : {};
        return [p.slug, { stance: cell.stance, summary: cell.summary, citations, strength: cell.strength, ...extra }];
      }),
    ),
  }));
  return {
    positions: data.positions.map(({ slug, label, shortLabel, description, kind, scope, default: isDefault }) => ({
      slug,
      label,
      shortLabel,
      description,
      kind,
      scope,
      default: isDefault,
      stated: data.issues.filter((i) => i.cells[slug]?.stance !== "not-addressed").length,
    })),
    categories: data.categories.map(({ slug, title, description }) => ({ slug, title, description })),
    issues,
    sources: Object.fromEntries(
      data.sources
        .filter((s) => cited.has(s.id))
        .map((s) => [s.id, sourceCaption(s)]),
    ),
  };
}
