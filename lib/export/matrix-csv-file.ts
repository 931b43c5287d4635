/** The matrix CSV as a named file: shared by the download control and `/export/matrix.csv`. */
import { toCsv } from "./csv";
import { exportFileName } from "./file-name";
import type { ExportPosition, ExportRow } from "./rows";
import { matrixTable } from "./tables";

export type MatrixCsvOptions = {
  /** The site the issue links point into. */
  siteUrl: string;
  /** The export date in the file name. */
  exportedAt: Date;
  /** A few words that tell this view from others, e.g. "divergent territory"; none for the whole matrix. */
  view?: string;
};

export function matrixCsvFile(
  rows: readonly ExportRow[],
  positions: readonly ExportPosition[],
  { siteUrl, exportedAt, view }: MatrixCsvOptions,
): { name: string; text: string } {
  return {
    name: exportFileName("positions-matrix", exportedAt, view),
    text: toCsv(matrixTable(rows, positions, siteUrl)),
  };
}
