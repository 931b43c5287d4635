/**
 * The tables behind the CSV exports: the matrix (one row per issue, a column pair per position)
 * for the current view or the whole dataset, and the long format (one row per citation). The
 * page loads this module only when a file is asked for: it pulls in the CSV writer.
 */
import { exportFileName, toCsv, type CsvTable } from "./csv";
import { issueUrl, passageUrl } from "../site/links";
import type { Dataset } from "../data/schema";
import { categoryTitles, exportRow, type ExportPosition, type ExportRow } from "./rows";
import { cellOf } from "../data/cells";
import { shownSummary, STANCE_INFO } from "../data/vocab";
import { knownProblems, problemLine } from "../data/known-problems";

/** Every issue, in the dataset's order, as rows for `matrixTable`. */
export function exportRows(data: Dataset): ExportRow[] {
  const categoryTitle = categoryTitles(data);
  return data.issues.map((issue) => exportRow(issue, categoryTitle));
}

export function exportPositions(data: Dataset): ExportPosition[] {
  return data.positions.map((p) => ({ slug: p.slug, label: p.label }));
}

/**
 * The matrix as a table: issue id, title, the proposition every stance answers, category, then
 * "<position>: stance", "<position>: citations", "<position>: summary" and "<position>: evidence"
 * for each position in the order given, then the issue's address. Stances and strengths are
 * written in words, as on screen; a cell the row lacks stays blank.
 */
export function matrixTable(rows: readonly ExportRow[], positions: readonly ExportPosition[], siteUrl: string): CsvTable {
  return {
    header: [
      "issue_id",
      "issue_title",
      "proposition",
      "category",
      ...positions.flatMap((p) => [`${p.label}: stance`, `${p.label}: citations`, `${p.label}: summary`, `${p.label}: evidence`]),
      "issue_link",
    ],
    rows: rows.map((row) => [
      row.slug,
      row.title,
      row.proposition,
      row.category,
      ...positions.flatMap((p) => {
        const cell = row.cells[p.slug];
        return cell ? [STANCE_INFO[cell.stance].label, cell.citations, shownSummary(cell.summary), cell.evidence] : ["", "", "", ""];
      }),
      issueUrl(siteUrl, row.slug),
    ]),
  };
}

export const CELLS_HEADER = [
  "issue_id",
  "issue_title",
  "category",
  "position_id",
  "position_label",
  "stance",
  "stance_label",
  "summary",
  "quote",
  "citation_kind",
  "speaker",
  "source_id",
  "source_title",
  "source_date",
  "source_date_qualifier",
  "source_url",
  "passage_link",
  "issue_link",
  "position_kind",
  "position_scope",
  "strength",
  "strength_label",
  "strength_sources",
  "disagreement",
  "about",
  "source_kind",
  "source_author",
  "source_publisher",
  "source_anonymous",
  "source_known_problems",
  "proposition",
] as const;

/**
 * The long format: one row per citation of every cell, in matrix order. A cell without
 * citations (not addressed in the sources) still gets one row, its citation fields blank, so
 * that every issue × position pair appears. Stances, strengths and kinds are written as codes.
 * The columns after issue_link came later (the evidence strength, then the proposition the
 * stance answers); they are last so that no earlier column moves.
 */
export function cellsTable(data: Dataset, siteUrl: string): CsvTable {
  const categoryTitle = categoryTitles(data);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const problems = knownProblems(data.sources);
  const rows = data.issues.flatMap((issue) =>
    data.positions.flatMap((position) => {
      const cell = cellOf(issue, position.slug);
      const cellFields = [
        issue.slug,
        issue.title,
        categoryTitle(issue.category),
        position.slug,
        position.label,
        cell.stance,
        STANCE_INFO[cell.stance].label,
        shownSummary(cell.summary),
      ];
      const link = issueUrl(siteUrl, issue.slug);
      const { strength } = cell;
      const weight = [position.kind, position.scope, strength.level, strength.label, String(strength.sources), cell.disagreement ?? ""];
      if (cell.citations.length === 0) return [[...cellFields, "", "", "", "", "", "", "", "", "", link, ...weight, "", "", "", "", "", "", issue.proposition]];
      return cell.citations.map((c) => {
        const source = sources.get(c.source);
        return [
          ...cellFields,
          c.quote,
          c.kind,
          c.speaker ?? "",
          c.source,
          source?.title ?? "",
          source?.date.value ?? "",
          source?.date.qualifier ?? "",
          source?.url ?? "",
          passageUrl(siteUrl, c),
          link,
          ...weight,
          c.about ?? "",
          source?.kind ?? "",
          source?.author ?? "",
          source?.publisher ?? "",
          source ? String(source.anonymous) : "",
          (problems.get(c.source) ?? []).map(problemLine).join(" | "),
          issue.proposition,
        ];
      });
    }),
  );
  return { header: CELLS_HEADER, rows };
}

/** The matrix CSV as a named file: shared by the download control and `/export/matrix.csv`. */
export type MatrixCsvOptions = {
  /** The site the issue links point into. */
  siteUrl: string;
  /** The export date in the file name. */
  exportedAt: Date;
  /** A few words that tell this view from others, e.g. "divergent territory"; none for the whole matrix. */
  view?: string;
  /** The data's version, named in the file name. */
  version?: string;
};

export function matrixCsvFile(
  rows: readonly ExportRow[],
  positions: readonly ExportPosition[],
  { siteUrl, exportedAt, view, version }: MatrixCsvOptions,
): { name: string; text: string } {
  return {
    name: exportFileName("positions-matrix", exportedAt, view, "csv", version),
    text: toCsv(matrixTable(rows, positions, siteUrl)),
  };
}
