/**
 * "Download image": the view on screen saved as SVG and PNG, for an article or a slide. The
 * image must hold the same rows and columns as the view's CSV, in the same order, and say what
 * it is: title, propositions, data version, date and the view's address.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Papa from "papaparse";
import { test, expect } from "./fixtures";
import { STANCE_INFO } from "../lib/data/vocab";
import { loadPublication } from "../lib/release/load";

const version = loadPublication().edition.release?.version;

/** Saves a file with one of the view's controls, and returns its name and bytes. */
async function save(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** The view's rows and columns as its CSV has them: issue titles and propositions, and position labels. */
async function viewCsv(page: Page) {
  const { bytes } = await save(page, "Download CSV");
  const [header = [], ...rows] = Papa.parse<string[]>(bytes.toString("utf8"), { skipEmptyLines: true }).data;
  const at = (name: string) => header.indexOf(name);
  const positions = header.filter((h) => h.endsWith(": stance")).map((h) => h.slice(0, -": stance".length));
  return { positions, link: rows[0]?.[at("view_link")] ?? "", rows: rows.map((r) => ({ title: r[at("issue_title")]!, proposition: r[at("proposition")]!, stances: positions.map((p) => r[at(`${p}: stance`)]!) })) };
}

/** Every text of the SVG, each <text> element's lines joined by a space. */
function svgTexts(svg: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === "text" || name === "tspan" });
  const out: string[] = [];
  const walk = (node: unknown, key = ""): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (key === "text") return void out.push([node].flat().flatMap((t) => (typeof t === "object" && t ? ((t as { tspan?: unknown[] }).tspan ?? []).map(String) : [String(t)])).join(" "));
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(parser.parse(svg));
  return out;
}

async function openImageMenu(page: Page) {
  await page.getByText("Download image", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Save SVG", exact: true })).toBeVisible();
}

test("Save SVG holds the view's rows and columns in order, with title, propositions, version, date and address", async ({ page }) => {
  await page.goto("/?show=diverge");
  await expect(page.getByRole("rowheader").first()).toBeVisible();
  const csv = await viewCsv(page);
  expect(csv.rows.length).toBeGreaterThan(0);
  await openImageMenu(page);
  const { name, bytes } = await save(page, "Save SVG");
  expect(name).toMatch(new RegExp(`^positions-matrix-${version ? `${version.replace(/\./g, "\\.")}-` : ""}\\d{4}-\\d{2}-\\d{2}-.+\\.svg$`));
  const svg = bytes.toString("utf8");
  expect(XMLValidator.validate(svg)).toBe(true);
  const texts = svgTexts(svg);
  const all = texts.join("\n");
  expect(all).toContain("Positions Matrix");
  if (version) expect(all).toContain(`Data version ${version}`);
  // The same address as the CSV's view_link: opened, it shows this view.
  expect(csv.link).toMatch(/show=diverge/);
  expect(all).toMatch(new RegExp(`exported \\d{1,2} [A-Z][a-z]+ \\d{4} · ${csv.link.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")}`));
  for (const p of csv.positions) expect(all).toContain(p);
  // The rows in the CSV's order, each with its proposition; a long one may be cut with "…" but starts the same.
  const titles = csv.rows.map((r) => texts.findIndex((t) => t === r.title));
  expect(titles.every((i) => i >= 0), "every issue title on its own").toBe(true);
  expect([...titles].sort((a, b) => a - b)).toEqual(titles);
  for (const r of csv.rows) expect(all).toContain(r.proposition.split(" ").slice(0, 4).join(" "));
  // Each cell's stance, in order, as on screen: the same stances as the CSV's, and silence said as silence.
  const stances = [...svg.matchAll(/<g data-stance="([^"]+)"/g)].map((m) => STANCE_INFO[m[1] as keyof typeof STANCE_INFO].label);
  expect(stances).toEqual(csv.rows.flatMap((r) => r.stances));
  expect(all).not.toContain("Not addressed");
});

test("Save PNG draws the same view as a PNG image of the SVG's size, with the summaries when asked", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("rowheader").first()).toBeVisible();
  await openImageMenu(page);
  const svg = (await save(page, "Save SVG")).bytes.toString("utf8");
  const [, width, height] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const { name, bytes } = await save(page, "Save PNG");
  expect(name).toMatch(/\.png$/);
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
  expect(width).toBeGreaterThanOrEqual(1200);
  // A blank canvas compresses to almost nothing: this one has the whole table drawn on it.
  expect(bytes.length).toBeGreaterThan(20_000);
  await expect(page.getByRole("status").filter({ hasText: `Saved ${name}` })).toBeAttached();

  await page.getByRole("radio", { name: "Summaries, as in the table" }).check();
  const withSummaries = await save(page, "Save PNG");
  expect(withSummaries.name).toMatch(/-summaries\.png$/);
  expect(withSummaries.bytes.readUInt32BE(20)).toBeGreaterThan(height!);
});
