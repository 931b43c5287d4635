/**
 * The view's CSVs ("Download CSV" and "Download quotes"): matrix.csv's columns for the rows on
 * screen, and cells.csv's rows for the cells on screen, each with the view's address. Loaded by
 * the page only when a file is asked for.
 */
import { AGREEMENT_INFO } from "../data/compare";
import { exportFileName, parseCsv, toCsv, type CsvTable } from "./csv";
import type { ViewExport } from "./rows";
import { matrixTable, type MatrixCsvOptions } from "./tables";

/** The view's own address: the site's matrix with the view's query string. */
export function viewUrl(siteUrl: string, query: string): string {
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return query ? `${base}?${query}` : base;
}

/**
 * The view export ("Download CSV"): the matrix table's columns for the view's rows and positions,
 * then what the view adds: the agreement ("Agree", "Diverge", "Too few") and divergence distance
 * the reader may have sorted by, each position's citation count (commentary left out), and the
 * view's address. They come last so that the first columns are those of matrix.csv.
 */
export function viewTable(view: ViewExport, siteUrl: string): CsvTable {
  const matrix = matrixTable(view.rows, view.positions, siteUrl);
  const link = viewUrl(siteUrl, view.query);
  return {
    header: [...matrix.header, "agreement", "distance", ...view.positions.map((p) => `${p.label}: citations`), "view_link"],
    rows: view.rows.map((row, i) => [
      ...matrix.rows[i]!,
      AGREEMENT_INFO[row.agreement].label,
      row.distance ?? "",
      ...view.positions.map((p) => row.citations[p.slug] ?? ""),
      link,
    ]),
  };
}

/**
 * The view's quotes in the long format: the rows of cells.csv (one per citation, one per cell
 * that cites nothing) for the view's cells, in the view's order (its rows, then its columns),
 * each with the view's address added as `view_link`.
 */
export function viewQuotesTable(cells: CsvTable, view: ViewExport, siteUrl: string): CsvTable {
  const issueAt = cells.header.indexOf("issue_id");
  const positionAt = cells.header.indexOf("position_id");
  if (issueAt < 0 || positionAt < 0) throw new Error("cells.csv has no issue_id or position_id column");
  const byCell = new Map<string, (typeof cells.rows)[number][]>();
  for (const row of cells.rows) {
    const key = `${row[issueAt]}.${row[positionAt]}`;
    byCell.set(key, [...(byCell.get(key) ?? []), row]);
  }
  const link = viewUrl(siteUrl, view.query);
  return {
    header: [...cells.header, "view_link"],
    rows: view.rows.flatMap((row) => view.positions.flatMap((p) => (byCell.get(`${row.slug}.${p.slug}`) ?? []).map((r) => [...r, link]))),
  };
}

/** "Download CSV": the view as a named file. */
export function viewCsvFile(view: ViewExport, { siteUrl, exportedAt }: Pick<MatrixCsvOptions, "siteUrl" | "exportedAt">): { name: string; text: string } {
  return {
    name: exportFileName("positions-matrix", exportedAt, view.description, "csv", view.version),
    text: toCsv(viewTable(view, siteUrl)),
  };
}

/** "Download quotes": the view's quotes as a named file, from the text of cells.csv. */
export function viewQuotesCsvFile(
  cellsCsv: string,
  view: ViewExport,
  { siteUrl, exportedAt }: Pick<MatrixCsvOptions, "siteUrl" | "exportedAt">,
): { name: string; text: string; rows: number } {
  const table = viewQuotesTable(parseCsv(cellsCsv), view, siteUrl);
  return {
    name: exportFileName("positions-quotes", exportedAt, view.description, "csv", view.version),
    text: toCsv(table),
    rows: table.rows.length,
  };
}
