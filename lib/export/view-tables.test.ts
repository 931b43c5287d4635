import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { hostileDataset } from "./fixture.test-data";
import type { ViewExport } from "./rows";
import { CELLS_HEADER, cellsTable, exportPositions, exportRows, matrixTable } from "./tables";
import { viewCsvFile, viewQuotesCsvFile, viewQuotesTable, viewTable, viewUrl } from "./view-tables";

const SITE = "https://example.org";
const data = hostileDataset();
const field = (row: readonly unknown[], name: (typeof CELLS_HEADER)[number]) => row[CELLS_HEADER.indexOf(name)];
const options = { siteUrl: "https://example.org", exportedAt: new Date(2025, 11, 3, 12) };

/** A view of the hostile data: its two issues in reverse, two positions in reverse. */
function hostileView(): ViewExport {
  const positions = exportPositions(data).reverse().slice(0, 2);
  const rows = exportRows(data)
    .reverse()
    .map((row, i) => ({
      ...row,
      agreement: i === 0 ? ("diverge" as const) : ("few" as const),
      distance: i === 0 ? 1.5 : null,
      citations: Object.fromEntries(positions.map((p, j) => [p.slug, i + j])),
    }));
  return { rows, positions, description: "divergent", query: "cols=a,b&show=diverge", version: "2026.12.1" };
}

describe("viewUrl", () => {
  it("is the site's matrix with the view's query, and the bare matrix for the default view", () => {
    expect(viewUrl(SITE, "cols=a&show=agree")).toBe(`${SITE}/?cols=a&show=agree`);
    expect(viewUrl(`${SITE}/matrix/`, "")).toBe(`${SITE}/matrix/`);
  });
});

describe("viewTable", () => {
  const view = hostileView();
  const table = viewTable(view, SITE);

  it("starts with matrix.csv's columns, then the agreement, the distance, each position's citations and the view's address", () => {
    const matrix = matrixTable(view.rows, view.positions, SITE);
    expect(table.header.slice(0, matrix.header.length)).toEqual(matrix.header);
    expect(table.header.slice(matrix.header.length)).toEqual(["agreement", "distance", ...view.positions.map((p) => `${p.label}: citations`), "view_link"]);
    table.rows.forEach((row, i) => expect(row.slice(0, matrix.header.length)).toEqual(matrix.rows[i]));
  });

  it("writes the agreement in words, the distance where there is one, the counts and the view's address on every row", () => {
    const tail = (row: readonly unknown[]) => row.slice(-(view.positions.length + 3));
    expect(tail(table.rows[0]!)).toEqual(["Diverge", 1.5, 0, 1, `${SITE}/?cols=a,b&show=diverge`]);
    expect(tail(table.rows[1]!)).toEqual(["Too few", "", 1, 2, `${SITE}/?cols=a,b&show=diverge`]);
  });

  it("is a file named after the version, the export date and the view", () => {
    const file = viewCsvFile(view, options);
    expect(file.name).toBe("positions-matrix-2026.12.1-2025-12-03-divergent.csv");
    const [header, ...body] = Papa.parse<string[]>(file.text.slice(1), { delimiter: ",", skipEmptyLines: true }).data;
    expect(header!.at(-1)).toBe("view_link");
    expect(body.map((r) => r[0])).toEqual(view.rows.map((r) => r.slug));
  });
});

describe("viewQuotesTable", () => {
  const view = hostileView();
  const cells = cellsTable(data, SITE);
  const table = viewQuotesTable(cells, view, SITE);
  const at = (name: string) => table.header.indexOf(name);

  it("has cells.csv's columns and the view's address", () => {
    expect(table.header).toEqual([...CELLS_HEADER, "view_link"]);
    expect(new Set(table.rows.map((r) => r.at(-1)))).toEqual(new Set([`${SITE}/?cols=a,b&show=diverge`]));
  });

  it("holds every row of cells.csv for the view's cells, and no other, in the view's order", () => {
    const pairs = view.rows.flatMap((r) => view.positions.map((p) => `${r.slug}.${p.slug}`));
    const expected = pairs.flatMap((pair) => cells.rows.filter((r) => `${field(r, "issue_id")}.${field(r, "position_id")}` === pair));
    expect(table.rows.map((r) => r.slice(0, -1))).toEqual(expected);
    const order = [...new Set(table.rows.map((r) => `${r[at("issue_id")]}.${r[at("position_id")]}`))];
    expect(order).toEqual(pairs.filter((p) => order.includes(p)));
    // Every shown cell appears, cited or not.
    expect(order).toEqual(pairs);
  });

  it("is a file whose every hostile quote survives cells.csv read back and written again", () => {
    const cellsText = toCsv(cells);
    const file = viewQuotesCsvFile(cellsText, view, options);
    expect(file.name).toBe("positions-quotes-2026.12.1-2025-12-03-divergent.csv");
    expect(file.rows).toBe(table.rows.length);
    expect(file.text).toBe(toCsv(viewQuotesTable(cells, view, options.siteUrl)));
  });
});
