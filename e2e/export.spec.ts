/**
 * The exports: the whole dataset at its stable addresses, and the matrix's "Download CSV" of the
 * current view. Expectations come from loadDataset(), never from hard-coded content.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Ajv2020 from "ajv/dist/2020.js";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { test, expect } from "./fixtures";
import { exportDocumentSchema } from "../lib/export/document";
import { CELLS_HEADER } from "../lib/export/tables";
import { loadDataset } from "../lib/load/load";
import { shownSummary, STANCE_INFO } from "../lib/data/vocab";
import { AGREEMENT_INFO, compareStances } from "../lib/data/compare";
import { squash } from "./matrix-helpers";
import { loadPublication } from "../lib/release/load";
import { citationTotal } from "../lib/data/coverage";
import { countedCitations } from "../lib/data/strength";

const data = loadDataset();
/** The whole-dataset files are named by the data's version. */
const VERSION = loadPublication().edition.release!.version.replace(/\./g, "\\.");
const FORMULA_START = /^[=+\-@\t\r]/;

type Csv = { header: string[]; rows: Record<string, string>[]; linebreak: string };

/** Parses CSV text as papaparse reads any file: the BOM dropped, fields by header name. */
function parseCsv(text: string): Csv {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors, "CSV parse errors").toEqual([]);
  const [header = [], ...body] = result.data;
  expect(new Set(header).size, "unique column names").toBe(header.length);
  expect(body.filter((r) => r.length !== header.length), "rows with another number of fields than the header").toEqual([]);
  const rows = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
  return { header, rows, linebreak: result.meta.linebreak };
}

/** Fetches an export, checks the bytes every spreadsheet needs, and parses it. */
async function fetchCsv(request: import("@playwright/test").APIRequestContext, path: string, name: RegExp) {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${name.source}"$`));
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)], "UTF-8 byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
  const csv = parseCsv(bytes.toString("utf8"));
  expect(csv.linebreak, "CRLF line ends").toBe("\r\n");
  const formulas = csv.rows.flatMap((row) => Object.values(row).filter((v) => FORMULA_START.test(v)));
  expect(formulas, "fields a spreadsheet would run as formulas").toEqual([]);
  return csv;
}

const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.hash;
};

test.describe("whole-dataset exports", () => {
  test("/export/cells.csv holds every citation of the dataset, and every uncited cell once", async ({ request }) => {
    const csv = await fetchCsv(request, "/export/cells.csv", new RegExp(`positions-cells-${VERSION}\\.csv`));
    expect(csv.header).toEqual([...CELLS_HEADER]);
    const propositions = new Map(data.issues.map((i) => [i.slug, i.proposition]));
    expect(csv.rows.filter((r) => r.proposition !== propositions.get(r.issue_id!)), "rows without their issue's proposition").toEqual([]);
    const byCell = new Map<string, Record<string, string>[]>();
    for (const r of csv.rows) {
      const key = `${r.issue_id} ${r.position_id}`;
      byCell.set(key, [...(byCell.get(key) ?? []), r]);
    }
    const rowsOf = (issue: string, position: string) => byCell.get(`${issue} ${position}`) ?? [];
    let expected = 0;
    for (const issue of data.issues)
      for (const position of data.positions) {
        const cell = issue.cells[position.slug]!;
        const rows = rowsOf(issue.slug, position.slug);
        expect(rows.length, `${issue.slug} × ${position.slug}`).toBe(Math.max(1, cell.citations.length));
        expected += rows.length;
        for (const row of rows) {
          expect(row).toMatchObject({ issue_title: issue.title, position_label: position.label, stance: cell.stance, summary: shownSummary(cell.summary) });
          expect(row).toMatchObject({
            position_kind: position.kind,
            position_scope: position.scope,
            strength: cell.strength.level,
            strength_label: cell.strength.label,
            strength_sources: String(cell.strength.sources),
            disagreement: cell.disagreement ?? "",
          });
          expect(pathOf(row.issue_link!)).toBe(`/issues/${issue.slug}`);
        }
        cell.citations.forEach((c, k) => {
          const source = data.sources.find((s) => s.id === c.source)!;
          expect(rows[k]).toMatchObject({
            quote: c.quote,
            citation_kind: c.kind,
            speaker: c.speaker ?? "",
            about: c.about ?? "",
            source_id: c.source,
            source_title: source.title,
            source_url: source.url ?? "",
            source_kind: source.kind,
            source_author: source.author ?? "",
            source_publisher: source.publisher ?? "",
            source_anonymous: String(source.anonymous),
          });
          expect(pathOf(rows[k]!.passage_link!)).toBe(`/sources/${c.source}#q-${c.start}-${c.end}`);
        });
        if (cell.citations.length === 0) expect(rows[0]).toMatchObject({ quote: "", source_id: "", passage_link: "" });
      }
    expect(csv.rows).toHaveLength(expected);
  });

  test("/export/matrix.csv has one row per issue with its proposition, and a stance, citations, summary and evidence column per position", async ({ request }) => {
    const csv = await fetchCsv(request, "/export/matrix.csv", new RegExp(`positions-matrix-${VERSION}\\.csv`));
    const pairs = data.positions.flatMap((p) => [`${p.label}: stance`, `${p.label}: citations`, `${p.label}: summary`, `${p.label}: evidence`]);
    expect(csv.header).toEqual(["issue_id", "issue_title", "proposition", "category", ...pairs, "issue_link"]);
    expect(csv.rows.map((r) => r.issue_id)).toEqual(data.issues.map((i) => i.slug));
    csv.rows.forEach((row, i) => {
      const issue = data.issues[i]!;
      expect(row.proposition).toBe(issue.proposition);
      expect(row.category).toBe(data.categories.find((c) => c.slug === issue.category)!.title);
      for (const p of data.positions) {
        const cell = issue.cells[p.slug]!;
        expect(row[`${p.label}: stance`]).toBe(STANCE_INFO[cell.stance].label);
        expect(row[`${p.label}: citations`]).toBe(String(countedCitations(cell)));
        expect(row[`${p.label}: summary`]).toBe(shownSummary(cell.summary));
        expect(row[`${p.label}: evidence`]).toBe(cell.strength.label);
      }
      expect(pathOf(row.issue_link!)).toBe(`/issues/${issue.slug}`);
    });
  });

  test("the zip's CSVs are the site's own, byte-order mark and proposition included", async ({ request }) => {
    const version = loadPublication().edition.release!.version;
    const res = await request.get(`/export/positions-matrix-${version}.zip`);
    expect(res.status()).toBe(200);
    const entries = unzipSync(new Uint8Array(await res.body()));
    for (const name of ["matrix.csv", "cells.csv"]) {
      const inZip = Buffer.from(entries[`positions-matrix-${version}/${name}`]!);
      expect([...inZip.subarray(0, 3)], `${name}: UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(inZip.toString("utf8")).header, name).toContain("proposition");
      expect(inZip.equals(await (await request.get(`/export/${name}`)).body()), `${name} is the site's`).toBe(true);
    }
  });

  test("/export/matrix.csv lists the issues the unfiltered home page shows", async ({ page, request }) => {
    const csv = await fetchCsv(request, "/export/matrix.csv", new RegExp(`positions-matrix-${VERSION}\\.csv`));
    await page.goto("/");
    for (const row of csv.rows) await expect(page.getByRole("rowheader", { name: row.issue_title, exact: true })).toBeVisible();
  });

  test("/export/data.json validates against /export/data.schema.json and holds the whole dataset", async ({ request }) => {
    const schemaRes = await request.get("/export/data.schema.json");
    expect(schemaRes.headers()["content-type"]).toBe("application/schema+json");
    const schema = await schemaRes.json();
    const res = await request.get("/export/data.json");
    expect(res.headers()["content-type"]).toBe("application/json");
    const doc = await res.json();

    const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const parsed = exportDocumentSchema.parse(doc);
    expect(parsed.$schema).toBe(schema.$id);

    expect(parsed.issues.map((i) => i.slug)).toEqual(data.issues.map((i) => i.slug));
    expect(parsed.positions.map((p) => p.slug)).toEqual(data.positions.map((p) => p.slug));
    expect(parsed.sources.map((s) => [s.id, s.text])).toEqual(data.sources.map((s) => [s.id, s.text]));
    const ids = (cells: { citations: { id: string }[] }[]) => cells.flatMap((c) => c.citations.map((x) => x.id));
    for (const issue of data.issues) {
      const exported = parsed.issues.find((i) => i.slug === issue.slug)!;
      expect(ids(exported.cells)).toEqual(ids(data.positions.map((p) => issue.cells[p.slug]!)));
      expect(exported.cells.map((c) => c.strength)).toEqual(data.positions.map((p) => issue.cells[p.slug]!.strength));
    }
    expect(parsed.positions.map((p) => [p.kind, p.scope, p.default])).toEqual(data.positions.map((p) => [p.kind, p.scope, p.default]));
    expect(parsed.sources.map((s) => [s.kind, s.anonymous, s.problems])).toEqual(data.sources.map((s) => [s.kind, s.anonymous, s.problems]));
    expect(parsed.events.map((e) => e.id)).toEqual(data.events.map((e) => e.id));
  });
});

test("the export page links every whole-dataset file, and each link serves it", async ({ page, request }) => {
  await page.goto("/export");
  await expect(page.getByRole("heading", { level: 1, name: "Download the data" })).toBeVisible();
  const addresses = [`/export/positions-matrix-${loadPublication().edition.release!.version}.zip`, "/export/matrix.csv", "/export/cells.csv", "/export/data.json", "/export/data.schema.json"];
  for (const address of addresses) {
    const link = page.getByRole("link").and(page.locator(`[href="${address}"]`));
    await expect(link).toBeVisible();
    expect((await request.get(address)).status()).toBe(200);
  }
  // One citation count on every page, with what it counts: the whole, and the part cells.csv holds.
  const total = citationTotal(data);
  await expect(page.getByRole("listitem").filter({ hasText: "/export/cells.csv" })).toContainText(`(${total.matrix} of the site's ${total.all} ${total.counted};`);
  await page.goto("/sources");
  await expect(page.getByRole("main")).toContainText(total.words);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

/** The matrix as the user sees it: position columns and issue rows in screen order. */
async function shownView(page: Page) {
  const headers = (await page.getByRole("columnheader").allTextContents()).map(squash);
  const positions = data.positions
    .map((p) => ({ p, at: headers.findIndex((h) => h.includes(p.label) || h === p.shortLabel) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.p);
  const rowHeaders = (await page.getByRole("row").getByRole("rowheader").allTextContents()).map(squash);
  const issues = rowHeaders.flatMap((text) => data.issues.filter((i) => text.includes(i.title)).slice(0, 1));
  return { positions, issues };
}


/** Clicks "Download CSV" (or another download of the view) and returns the saved file's name and parsed contents. */
async function downloadView(page: Page, label = "Download CSV") {
  const button = page.getByRole("button", { name: label, exact: true });
  await expect(button, "the matrix's Download CSV control").toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const name = download.suggestedFilename();
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)], "UTF-8 byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
  return { name, csv: parseCsv(bytes.toString("utf8")) };
}

/**
 * The CSV holds exactly the view: the same rows and columns in the same order, with the data's
 * cells, then how the shown positions compare (as on screen), each cell's count and the view's address.
 */
async function expectCsvIsTheView(page: Page, csv: Csv) {
  const view = await shownView(page);
  expect(view.issues.length, "issue rows on screen").toBeGreaterThan(0);
  const pairs = view.positions.flatMap((p) => [`${p.label}: stance`, `${p.label}: citations`, `${p.label}: summary`, `${p.label}: evidence`]);
  expect(csv.header).toEqual(["issue_id", "issue_title", "proposition", "category", ...pairs, "issue_link", "agreement", "distance", "view_link"]);
  const address = new URL(page.url());
  expect(csv.rows.map((r) => r.issue_id)).toEqual(view.issues.map((i) => i.slug));
  for (const [k, issue] of view.issues.entries()) {
    const row = csv.rows[k]!;
    expect(row.proposition).toBe(issue.proposition);
    const onScreen = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.title }) });
    for (const p of view.positions) {
      const cell = issue.cells[p.slug]!;
      expect(row[`${p.label}: stance`]).toBe(STANCE_INFO[cell.stance].label);
      expect(row[`${p.label}: summary`]).toBe(shownSummary(cell.summary));
      expect(row[`${p.label}: evidence`]).toBe(cell.strength.label);
      await expect(onScreen.first()).toContainText(shownSummary(cell.summary));
      expect(row[`${p.label}: citations`]).toBe(String(countedCitations(cell)));
    }
    expect(pathOf(row.issue_link!)).toBe(`/issues/${issue.slug}`);
    const comparison = compareStances(view.positions.map((p) => issue.cells[p.slug]!.stance));
    expect(row.agreement).toBe(AGREEMENT_INFO[comparison.agreement].label);
    await expect(onScreen.first().locator("td.agreement-cell")).toContainText(row.agreement!);
    expect(row.distance).toBe(comparison.divergence === null ? "" : String(comparison.divergence));
    // The view's own address: opened, it shows this view.
    const link = new URL(row.view_link!);
    expect(link.origin + link.pathname).toBe(address.origin + "/");
    expect([...link.searchParams.entries()].sort()).toEqual([...new URLSearchParams(viewQuery(address)).entries()].sort());
  }
}

/** The view's query as the matrix writes it: the address's, its columns named. */
function viewQuery(address: URL): string {
  const params = new URLSearchParams(address.search);
  params.delete("cell");
  return params.toString();
}

test.describe("Download CSV of the current view", () => {
  test("sorted by divergence, saves the agreement and distance in the order shown, and the view's address", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Most divergent first" });
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("divergence");
    const { csv } = await downloadView(page);
    await expectCsvIsTheView(page, csv);
    // Most divergent first, too few stances (no distance) last: the order the reader sorted by.
    const distances = csv.rows.map((r) => (r.distance === "" ? -1 : Number(r.distance)));
    expect(distances[0]).toBeGreaterThan(0);
    for (let i = 1; i < distances.length; i++) {
      if (distances[i - 1] === -1) expect(distances[i]).toBe(-1);
      else if (distances[i] !== -1) expect(distances[i]).toBeLessThanOrEqual(distances[i - 1]!);
    }
    expect(new URL(csv.rows[0]!.view_link!).searchParams.get("sort")).toBe("divergence");
  });

  test("Download quotes saves one row per quote of the shown cells, in cells.csv's columns, in the view's order", async ({ page, request }) => {
    await page.goto("/?cols=russia,ukraine&show=diverge");
    await expect(page.locator("[data-matrix-ready]")).toBeAttached();
    const { name, csv } = await downloadView(page, "Download quotes");
    expect(name).toMatch(new RegExp(`^positions-quotes-${VERSION}-\\d{4}-\\d{2}-\\d{2}-.+\\.csv$`));
    expect(csv.header).toEqual([...CELLS_HEADER, "view_link"]);
    const view = await shownView(page);
    const cells = await fetchCsv(request, "/export/cells.csv", /positions-cells-.+\.csv/);
    const expected = view.issues.flatMap((issue) =>
      view.positions.flatMap((p) => cells.rows.filter((r) => r.issue_id === issue.slug && r.position_id === p.slug)),
    );
    const withoutLink = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== "view_link"));
    expect(csv.rows.map(withoutLink)).toEqual(expected);
    const quotes = view.issues.reduce((n, issue) => n + view.positions.reduce((m, p) => m + Math.max(1, issue.cells[p.slug]!.citations.length), 0), 0);
    expect(csv.rows).toHaveLength(quotes);
    for (const row of csv.rows) expect(new URL(row.view_link!).search).toBe("?cols=russia,ukraine&show=diverge");
  });

  test("saves exactly the rows and positions on screen, named by the export date", async ({ page }) => {
    await page.goto("/");
    const { name, csv } = await downloadView(page);
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
    expect(name).toMatch(new RegExp(`^positions-matrix-${VERSION}-${today}(-[\\p{L}\\p{N}-]+)?\\.csv$`, "u"));
    await expectCsvIsTheView(page, csv);
  });

  test("after a search, saves only the rows still shown", async ({ page }) => {
    await page.goto("/");
    const before = await shownView(page);
    // A word from one issue's title: the search keeps that issue and drops at least one other.
    const target = data.issues.find((i) => data.issues.some((j) => !j.title.toLowerCase().includes(longestWord(i.title))));
    test.skip(!target, "needs two issues that a word of one title tells apart");
    const search = page.getByRole("searchbox").or(page.getByRole("textbox", { name: /search/i })).first();
    await expect(search, "the matrix's search box").toBeVisible();
    await search.fill(longestWord(target!.title));
    await expect.poll(async () => (await shownView(page)).issues.length).toBeLessThan(before.issues.length);
    const { name, csv } = await downloadView(page);
    expect(csv.rows.map((r) => r.issue_id)).toContain(target!.slug);
    expect(name).toMatch(new RegExp(`^positions-matrix-${VERSION}-\\d{4}-\\d{2}-\\d{2}-.+\\.csv$`));
    await expectCsvIsTheView(page, csv);
  });
});

function longestWord(title: string): string {
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), "");
}
