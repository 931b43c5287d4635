import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM } from "./csv";
import { hostileDataset } from "./fixture.test-data";
import { exportPositions, exportRows } from "./tables";
import { matrixCsvFile } from "./matrix-csv-file";

const data = hostileDataset();
const options = { siteUrl: "https://example.org", exportedAt: new Date(2025, 11, 3, 12) };

describe("matrixCsvFile", () => {
  it("names the file after the view and the export date", () => {
    expect(matrixCsvFile([], [], { ...options, view: "Divergent, territory" }).name).toBe(
      "positions-matrix-2025-12-03-divergent-territory.csv",
    );
    expect(matrixCsvFile([], [], options).name).toBe("positions-matrix-2025-12-03.csv");
  });

  it("holds exactly the rows and positions given, in their order, as spreadsheet-safe CSV", () => {
    const rows = exportRows(data).slice(0, 1);
    const positions = exportPositions(data).reverse().slice(0, 2);
    const { text } = matrixCsvFile(rows, positions, options);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...body] = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;
    const pairs = positions.flatMap((p) => [`${p.label}: stance`, `${p.label}: summary`]);
    const guarded = (h: string) => (/^[=+\-@]/.test(h) ? `'${h}` : h);
    expect(header).toEqual(["issue_id", "issue_title", "category", ...pairs, "issue_link"].map(guarded));
    expect(body.map((r) => r[0])).toEqual(rows.map((r) => r.slug));
  });
});
