/** Reading the matrix page as a user sees it, and the data it should show, for the matrix specs. */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { toMatrixData, type MatrixCell, type MatrixIssue } from "../lib/matrix/data";
import type { Stance } from "../lib/data/vocab";
import { SEARCH_HIT } from "../components/ui/search-hits";

export { squash } from "../lib/data/quotes";

export const data = toMatrixData(loadDataset());
export const issueBySlug = new Map(data.issues.map((i) => [i.slug, i]));

/** Text without any white space: what a passage highlighted in pieces must still spell. */
export const letters = (s: string) => s.replace(/\s+/g, "");

/** Opens the matrix at `path` and waits until it shows that address's view. */
export async function gotoMatrix(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.locator("[data-matrix-ready]")).toBeAttached();
}

export const table = (page: Page) => page.getByRole("table");
export const issueRows = (page: Page) => table(page).locator("tbody tr.issue-row");
export const searchBox = (page: Page) => page.getByRole("searchbox", { name: /search/i });
export const status = (page: Page) => page.getByRole("status").filter({ hasText: "Showing" });

/**
 * The search's words as the page marks them (the CSS Custom Highlight API, components/ui/search-hits.ts):
 * each mark's text, whether it lies in the table, its row, and the class of the link or line it is in.
 */
export function searchHits(page: Page): Promise<{ text: string; inTable: boolean; row: string | null; within: string }[]> {
  return page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const at = r.startContainer.parentElement;
        return {
          text: range.toString(),
          inTable: !!at?.closest(".matrix-table"),
          row: at?.closest<HTMLElement>("tr.issue-row")?.dataset.rowKey ?? null,
          within: at?.closest("a, .line")?.className ?? "",
        };
      }),
    SEARCH_HIT,
  );
}

/** The issue slugs of the rows on screen, in order (from their links to the issue pages). */
export async function rowSlugs(page: Page): Promise<string[]> {
  const hrefs = await issueRows(page).locator("th a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/^\/issues\/([^?#]+).*$/, "$1"));
}

/** The position labels of the column headers, in order (without the count of issues under each). */
export async function positionHeaders(page: Page): Promise<string[]> {
  const labels = await table(page).getByRole("columnheader").locator(".position-label").allInnerTexts();
  return labels.map((h) => h.trim());
}

/** Waits until the table shows the view the controls show and the address holds the search typed. */
export async function settled(page: Page) {
  await expect(page.locator("[aria-busy=false]:has(> .matrix-scroll)")).toBeAttached();
  const typed = await searchBox(page).inputValue();
  await expect.poll(() => new URL(page.url()).searchParams.get("q") ?? "").toBe(typed.trim() ? typed : "");
}

/** What a user would compare between two renderings of one view. */
export async function snapshot(page: Page) {
  await settled(page);
  return {
    path: new URL(page.url()).search,
    rows: await rowSlugs(page),
    headers: await positionHeaders(page),
    status: (await status(page).innerText()).trim(),
    search: await searchBox(page).inputValue(),
    checked: await page.getByRole("checkbox", { checked: true }).evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim())),
    show: await page.getByRole("radio", { checked: true }).evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim())),
    sort: await page.getByRole("combobox", { name: "Sort by" }).inputValue(),
  };
}

/** The stance of each cell in a row, in column order. */
export async function rowStances(row: Locator): Promise<Stance[]> {
  return row.locator("td.matrix-cell").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-stance") as Stance));
}

export function cellsOf(issue: MatrixIssue, positions: readonly string[]): MatrixCell[] {
  return positions.map((slug) => issue.cells[slug]!);
}

/** The definition of agreement as the README states it, written out again as the test's oracle. */
export function agreementOf(stances: readonly Stance[]): "agree" | "diverge" | "few" {
  const addressed = stances.filter((s) => s !== "not-addressed");
  if (addressed.length < 2) return "few";
  return addressed.every((s) => s === addressed[0]) ? "agree" : "diverge";
}

export const allPositions = data.positions.map((p) => p.slug);
/** What "/" shows: the positions marked as defaults, in the data's order (all of them when none is). */
export const defaultPositions = data.positions.some((p) => p.default) ? data.positions.filter((p) => p.default).map((p) => p.slug) : allPositions;
export const defaultLabels = defaultPositions.map((slug) => data.positions.find((p) => p.slug === slug)!.label);

/** A word of at least five plain letters from an issue title, to search for. */
export function searchWord(): string {
  for (const issue of data.issues) {
    const word = issue.title.split(/[^A-Za-z]+/).find((w) => w.length >= 5);
    if (word) return word.toLowerCase();
  }
  throw new Error("no issue title has a plain word of five letters");
}
