/**
 * The one CSV writer for every export, on the server and in the browser: RFC 4180 via papaparse,
 * UTF-8 with a byte-order mark, and spreadsheet formulas neutralised.
 */
import Papa from "papaparse";

export type CsvValue = string | number | null | undefined;
export type CsvTable = { header: readonly string[]; rows: readonly (readonly CsvValue[])[] };

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** Excel reads a file as UTF-8 (curly quotes, dashes, Cyrillic) only when it starts with this mark. */
export const BOM = "\uFEFF";

/**
 * The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP,
 * "CSV Injection"). papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the
 * `s` flag, so it misses a field that starts with "=" and later holds a line break: we match the
 * first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV text: BOM, header, CRLF line ends, fields quoted when they hold a comma, quote,
 * line break or edge space, quotes doubled. A string field that starts like a formula gets a
 * leading apostrophe (and quotes), so spreadsheets show it as text; numbers are left alone.
 */
export function toCsv(table: CsvTable): string {
  return (
    BOM +
    // Header and rows as one array of arrays: given `fields` and no data, papaparse adds an empty row.
    Papa.unparse([[...table.header], ...table.rows.map((row) => [...row])], {
      newline: "\r\n",
      quotes: false,
      escapeFormulae: FORMULA_START,
    }) +
    "\r\n"
  );
}

/** The Content-Disposition that makes a browser save the response under this (ASCII) name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`;
}
