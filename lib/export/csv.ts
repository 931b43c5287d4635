/**
 * The one CSV writer for every export, on the server and in the browser: RFC 4180 via papaparse,
 * UTF-8 with a byte-order mark, and spreadsheet formulas neutralised; and the names of the
 * files it writes: what they hold, and the day they were exported.
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
/** A field the guard below changed: its apostrophe, then what made it look like a formula. */
const GUARDED = /^'(?=[=+\-@\t\r])/;

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

/**
 * A CSV file this writer wrote, read back as the table it was written from: the byte-order mark
 * dropped, the formula guard's apostrophe taken off again, so that `toCsv` writes the same text.
 */
export function parseCsv(text: string): CsvTable {
  const { data, errors } = Papa.parse<string[]>(text.startsWith(BOM) ? text.slice(1) : text, { delimiter: ",", newline: "\r\n", skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`CSV line ${(errors[0]!.row ?? 0) + 1}: ${errors[0]!.message}`);
  const [header = [], ...rows] = data.map((row) => row.map((field) => field.replace(GUARDED, "")));
  return { header, rows };
}

/** The Content-Disposition that makes a browser save the response under this (ASCII) name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`;
}

// ---- File names -----------------------------------------------------------------------

/** The calendar date ("2025-12-03") where the file is written: the user's day, not UTC's. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Letters and digits of any script kept, everything else one hyphen: safe on every file system. */
export function fileNamePart(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** A dataset version, "2026.12.1", as a file name carries it: its dots kept, anything else dropped. */
function versionPart(version: string | undefined): string {
  return (version ?? "").replace(/[^0-9.]/g, "");
}

/**
 * "positions-matrix-2026.12.1-2025-12-03-divergent.csv": base, the data's version where there
 * is one, export date, then the view when there is one.
 */
export function exportFileName(base: string, exportedAt: Date, view = "", extension = "csv", version?: string): string {
  return [fileNamePart(base), versionPart(version), localIsoDate(exportedAt), fileNamePart(view)].filter(Boolean).join("-") + `.${extension}`;
}

/** A whole-dataset file: "positions-cells-2026.12.1.csv", named by the version; by the date before the first release. */
export function releaseFileName(base: string, version: string | undefined, builtAt: Date, extension = "csv"): string {
  const v = versionPart(version);
  return v ? `${fileNamePart(base)}-${v}.${extension}` : exportFileName(base, builtAt, "", extension);
}
