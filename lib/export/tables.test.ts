import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "./csv";
import { hostileDataset } from "./fixture.test-data";
import { CELLS_HEADER, cellsTable, exportPositions, exportRows, matrixCsvFile, matrixTable } from "./tables";
import { loadDataset } from "../load/load";
import { STANCE_INFO } from "../data/vocab";

const SITE = "https://example.org";
const data = hostileDataset();
const field = (row: readonly unknown[], name: (typeof CELLS_HEADER)[number]) => row[CELLS_HEADER.indexOf(name)];

describe("exportRows", () => {
  it("lists every issue in the dataset's order with its category's title", () => {
    const rows = exportRows(data);
    expect(rows.map((r) => r.slug)).toEqual(data.issues.map((i) => i.slug));
    expect(rows.find((r) => r.slug === "borders")?.category).toBe("Territory, borders");
  });
});

describe("matrixTable", () => {
  it("has issue id, title, category, a stance, summary and evidence column per position in the given order, and the link", () => {
    const positions = [{ slug: "europe", label: "=Europe" }, { slug: "russia", label: "Russia" }];
    expect(matrixTable([], positions, SITE).header).toEqual([
      "issue_id", "issue_title", "category",
      "=Europe: stance", "=Europe: summary", "=Europe: evidence", "Russia: stance", "Russia: summary", "Russia: evidence",
      "issue_link",
    ]);
  });

  it("writes one row per issue, in the order given, with stance labels, summaries, strengths and the issue's address", () => {
    const rows = exportRows(data).reverse();
    const table = matrixTable(rows, exportPositions(data), SITE);
    expect(table.rows.map((r) => r[0])).toEqual(rows.map((r) => r.slug));
    const talks = table.rows.find((r) => r[0] === "talks")!;
    const russia = data.issues.find((i) => i.slug === "talks")!.cells.russia!;
    expect(talks.slice(3, 6)).toEqual([STANCE_INFO[russia.stance].label, russia.summary, "Own words, quoted by an anonymous source"]);
    expect(talks.at(-1)).toBe(`${SITE}/issues/talks`);
  });

  it("shows only the positions given, and leaves a cell's columns blank where the row has no cell", () => {
    const row = { slug: "x", title: "X", category: "C", cells: { russia: { stance: "rejects" as const, summary: "No.", evidence: "Single report" } } };
    const table = matrixTable([row], [{ slug: "ukraine", label: "U" }, { slug: "russia", label: "R" }], SITE);
    expect(table.rows).toEqual([["x", "X", "C", "", "", "", "Rejects", "No.", "Single report", `${SITE}/issues/x`]]);
  });

  it("survives the CSV writer: parsed back, every hostile summary is intact but for the formula guard", () => {
    const table = matrixTable(exportRows(data), exportPositions(data), SITE);
    const parsed = Papa.parse<string[]>(toCsv(table), { delimiter: ",", skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(table.rows.length + 1);
    parsed.slice(1).forEach((row, i) =>
      row.forEach((value, j) => expect(value.replace(/^'(?=[=+\-@\t\r])/, "")).toBe(String(table.rows[i]![j]))),
    );
  });
});

describe("cellsTable", () => {
  const table = cellsTable(data, SITE);

  it("writes one row per citation and one per uncited cell, so every issue × position pair appears", () => {
    const cells = data.issues.flatMap((i) => data.positions.map((p) => i.cells[p.slug]!));
    expect(table.rows).toHaveLength(cells.reduce((n, c) => n + Math.max(1, c.citations.length), 0));
    const pairs = new Set(table.rows.map((r) => `${field(r, "issue_id")}/${field(r, "position_id")}`));
    expect(pairs.size).toBe(data.issues.length * data.positions.length);
  });

  it("gives each citation its quote, kind, speaker, source and the passage's address in the reader", () => {
    for (const issue of data.issues)
      for (const cell of Object.values(issue.cells))
        for (const c of cell.citations) {
          const row = table.rows.find(
            (r) =>
              field(r, "issue_id") === issue.slug &&
              field(r, "position_id") === cell.position &&
              field(r, "passage_link") === `${SITE}/sources/${c.source}#q-${c.start}-${c.end}`,
          );
          expect(row, c.quote).toBeDefined();
          expect(field(row!, "quote")).toBe(c.quote);
          expect(field(row!, "citation_kind")).toBe(c.kind);
          expect(field(row!, "speaker")).toBe(c.speaker ?? "");
          expect(field(row!, "about")).toBe(c.about ?? "");
          expect(field(row!, "strength")).toBe(cell.strength.level);
          expect(field(row!, "strength_label")).toBe(cell.strength.label);
          expect(field(row!, "issue_link")).toBe(`${SITE}/issues/${issue.slug}`);
          expect(field(row!, "source_title")).toBe(data.sources.find((s) => s.id === c.source)!.title);
          expect(field(row!, "stance")).toBe(cell.stance);
        }
  });

  it("writes the source's kind, author, publisher, anonymity and known problems", () => {
    const bySource = (id: string) => table.rows.find((r) => field(r, "source_id") === id)!;
    expect(["source_kind", "source_author", "source_publisher", "source_anonymous"].map((f) => field(bySource("article"), f as never))).toEqual(["analysis", "", "", "true"]);
    expect(["source_kind", "source_publisher", "source_anonymous"].map((f) => field(bySource("statement"), f as never))).toEqual(["own-statement", "Office", "false"]);
    expect(field(bySource("article"), "source_known_problems")).toBe("=Known problem: a hostile note.");
  });

  it("writes each position's kind and scope, and the cell's strength, on every row", () => {
    const position = data.positions.find((p) => p.slug === "europe")!;
    const row = table.rows.find((r) => field(r, "position_id") === "europe" && field(r, "issue_id") === "borders")!;
    expect([field(row, "position_kind"), field(row, "position_scope"), field(row, "strength_sources")]).toEqual([position.kind, position.scope, "1"]);
  });

  it("writes the source's date and address, blank where the address is unknown", () => {
    const bySource = (id: string) => table.rows.find((r) => field(r, "source_id") === id)!;
    expect(field(bySource("article"), "source_url")).toBe("");
    expect([field(bySource("article"), "source_date"), field(bySource("article"), "source_date_qualifier")]).toEqual(["2025-12", "approximate"]);
    expect(field(bySource("statement"), "source_url")).toBe("https://example.org/statement?a=1&b=2");
    expect(field(bySource("statement"), "source_title")).toBe("A statement");
  });

  it("leaves the citation fields of a not-addressed cell blank", () => {
    const row = table.rows.find((r) => field(r, "issue_id") === "borders" && field(r, "position_id") === "russia")!;
    expect(field(row, "stance")).toBe("not-addressed");
    expect(field(row, "stance_label")).toBe("Not addressed");
    const citationFields = CELLS_HEADER.slice(CELLS_HEADER.indexOf("quote"), CELLS_HEADER.indexOf("passage_link") + 1);
    expect(citationFields.map((f) => field(row, f))).toEqual(citationFields.map(() => ""));
  });

  it("covers every citation of the project's own data", () => {
    const real = loadDataset();
    const links = new Set(cellsTable(real, SITE).rows.map((r) => field(r, "passage_link")));
    const citations = real.issues.flatMap((i) => Object.values(i.cells).flatMap((c) => c.citations));
    for (const c of citations) expect(links).toContain(`${SITE}/sources/${c.source}#q-${c.start}-${c.end}`);
  });
});

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
    const pairs = positions.flatMap((p) => [`${p.label}: stance`, `${p.label}: summary`, `${p.label}: evidence`]);
    const guarded = (h: string) => (/^[=+\-@]/.test(h) ? `'${h}` : h);
    expect(header).toEqual(["issue_id", "issue_title", "category", ...pairs, "issue_link"].map(guarded));
    expect(body.map((r) => r[0])).toEqual(rows.map((r) => r.slug));
  });
});
