/**
 * What the matrix page hands to the browser: the validated dataset cut down to what the
 * matrix shows. Source texts stay on the server; each citation keeps its offsets so the
 * evidence can link to the highlighted passage in the source reader.
 */
import { cellOf } from "../data/cells";
import { sourceCaption, type SourceCaption } from "../format";
import type { Category, Dataset, Position, ResolvedCell, ResolvedCitation, ResolvedIssue } from "../data/schema";
import type { PublicationInfo } from "../release/edition";

/** A citation without what only the loader needs to find it (`prefix`, `suffix`); `about` names whom a report is about, never shown as its speaker. */
export type MatrixCitation = Pick<ResolvedCitation, "id" | "source" | "quote" | "speaker" | "about" | "kind" | "start" | "end">;

/** `strength` is computed at load (lib/data/strength.ts): the same value the issue pages and exports show. */
export type MatrixCell = Pick<ResolvedCell, "stance" | "summary" | "strength" | "disagreement"> & {
  citations: MatrixCitation[];
  /** The release in which the cell last changed, where one did (lib/release/history.ts). */
  changedIn?: string;
};

// No definitions or descriptions: the matrix shows none (the issue and about pages do), and every
// byte here is inlined in the page and evaluated by the browser before the matrix answers.
export type MatrixIssue = Pick<ResolvedIssue, "slug" | "title" | "proposition" | "category"> & {
  /** Keyed by position slug; every position has a cell (see cellOf). */
  cells: Record<string, MatrixCell>;
};

export type MatrixPosition = Pick<Position, "slug" | "label" | "shortLabel" | "kind" | "scope" | "default"> & {
  /** On how many of all the issues it takes a stance (for "Russia: 12 of 29 issues in these sources"). */
  stated: number;
};
export type MatrixCategory = Pick<Category, "slug" | "title">;

export type MatrixData = {
  /** In the dataset's order: the default column order. */
  positions: MatrixPosition[];
  categories: MatrixCategory[];
  /** In the dataset's order (category, then order within it, then title): the default row order. */
  issues: MatrixIssue[];
  /** Only the sources some cell cites. */
  sources: Record<string, SourceCaption>;
  /** The edition shown, and where to cite and report it. */
  publication?: PublicationInfo;
};

/** What the release history adds to the matrix: the edition, and when each cell last changed. */
export type MatrixPublication = { info: PublicationInfo; changedIn: ReadonlyMap<string, string> };

export function toMatrixData(data: Dataset, publication?: MatrixPublication): MatrixData {
  const cited = new Set<string>();
  const issues = data.issues.map((issue) => ({
    slug: issue.slug,
    title: issue.title,
    proposition: issue.proposition,
    category: issue.category,
    cells: Object.fromEntries(
      data.positions.map((p) => {
        const cell = cellOf(issue, p.slug);
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
        const changedIn = publication?.changedIn.get(`${issue.slug}.${p.slug}`);
        const extra = { ...(cell.disagreement ? { disagreement: cell.disagreement } : {}), ...(changedIn ? { changedIn } : {}) };
        return [p.slug, { stance: cell.stance, summary: cell.summary, citations, strength: cell.strength, ...extra }];
      }),
    ),
  }));
  return {
    positions: data.positions.map(({ slug, label, shortLabel, kind, scope, default: isDefault }) => ({
      slug,
      label,
      shortLabel,
      kind,
      scope,
      default: isDefault,
      stated: data.issues.filter((i) => cellOf(i, slug).stance !== "not-addressed").length,
    })),
    categories: data.categories.map(({ slug, title }) => ({ slug, title })),
    issues,
    sources: Object.fromEntries(
      data.sources
        .filter((s) => cited.has(s.id))
        .map((s) => [s.id, sourceCaption(s)]),
    ),
    ...(publication ? { publication: publication.info } : {}),
  };
}

/** The positions named by `slugs`, in that order; unknown slugs are left out. */
export function positionsIn(data: Pick<MatrixData, "positions">, slugs: readonly string[]): MatrixPosition[] {
  return slugs.flatMap((slug) => data.positions.filter((p) => p.slug === slug));
}
