/**
 * The matrix's rows and columns as the CSV exports write them, and what "Download CSV" saves.
 * Kept apart from the CSV writer (export-tables.ts, csv.ts), which the page loads only when a
 * file is asked for: the page itself needs just these shapes.
 */
import type { Agreement } from "../data/compare";
import type { CellStrength, ResolvedCitation } from "../data/schema";
import { countedCitations } from "../data/strength";
import type { Stance } from "../data/vocab";

/** A position shown as a column, in screen order. */
export type ExportPosition = { slug: string; label: string };

/** An issue shown as a row: its cells keyed by position slug. */
export type ExportRow = {
  slug: string;
  title: string;
  /** The statement each stance answers ("Ukraine cedes Crimea to Russia"): without it a stance means nothing. */
  proposition: string;
  /** The category's title, as shown. */
  category: string;
  /**
   * `evidence`: the strength of the cell's evidence in its fixed words, e.g. "Single report, no named author or publisher";
   * `citations`: the cell's one citation count (`countedCitations`), as its cell on screen gives it.
   */
  cells: Readonly<Record<string, { stance: Stance; citations: number; summary: string; evidence: string } | undefined>>;
};

/** An issue as the view export writes it: the matrix's row, how the shown positions compare, and each cell's count. */
export type ViewExportRow = ExportRow & {
  agreement: Agreement;
  /** The divergence distance, 0–3; null where too few positions take a stance. */
  distance: number | null;
};

/** What "Download CSV" saves: the view on screen, and a few words naming it for the file name. */
export type ViewExport = {
  /** The rows on screen, after filters and search, in screen order. */
  rows: readonly ViewExportRow[];
  /** The positions shown as columns, in screen order. */
  positions: readonly ExportPosition[];
  /** A few words that name this view in the file name, e.g. "divergent territory"; "" for the full matrix. */
  description: string;
  /** The data's version, for the file name; absent before the first release. */
  version?: string;
  /** The view's query string (without "?" and without an open cell): its address is the site's with it. */
  query: string;
};

type Categories = { categories: readonly { slug: string; title: string }[] };
type RowCell = {
  stance: Stance;
  summary: string;
  strength: Pick<CellStrength, "label" | "level" | "citations">;
  citations: readonly Pick<ResolvedCitation, "kind">[];
};
type RowIssue = { slug: string; title: string; proposition: string; category: string; cells: Readonly<Record<string, RowCell | undefined>> };

/** A category's title by its slug, as the rows show it. */
export function categoryTitles(data: Categories): (slug: string) => string {
  const titles = new Map(data.categories.map((c) => [c.slug, c.title]));
  return (slug) => titles.get(slug) ?? slug;
}

/** An issue as a row: the stance, summary and evidence of each of `positions` (by default all its cells), in that order. */
export function exportRow(issue: RowIssue, categoryTitle: (slug: string) => string, positions = Object.keys(issue.cells)): ExportRow {
  const cells = positions.flatMap((slug) => {
    const cell = issue.cells[slug];
    if (!cell) return [];
    return [[slug, { stance: cell.stance, citations: countedCitations(cell), summary: cell.summary, evidence: cell.strength.label }] as const];
  });
  const { slug, title, proposition } = issue;
  return { slug, title, proposition, category: categoryTitle(issue.category), cells: Object.fromEntries(cells) };
}
