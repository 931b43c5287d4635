/** The matrix by keyboard alone, and the evidence a cell opens. */
import { test, expect } from "./fixtures";
import { issueHref, passageHref } from "../lib/site/links";
import { CITATION_KIND_INFO } from "../lib/data/vocab";
import { parseView, serializeView, viewContext } from "../lib/matrix/view";
import { data, gotoMatrix } from "./matrix-helpers";

/** The query string the matrix writes for `query`, its open cell closed: what its links to issue pages carry. */
const carried = (query: string) => serializeView({ ...parseView(query, viewContext(data)), cell: null }, viewContext(data));

const focusedNav = (page: import("@playwright/test").Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.nav ?? null);

test("keyboard alone reaches a cell, opens its evidence, and Escape returns focus to it", async ({ page }) => {
  await gotoMatrix(page);
  const issue = data.issues[0]!;
  const at = data.positions.findIndex((p) => issue.cells[p.slug]!.citations.length > 0);
  expect(at).toBeGreaterThanOrEqual(0);
  const position = data.positions[at]!;

  for (let i = 0; i < 80 && (await focusedNav(page)) === null; i++) await page.keyboard.press("Tab");
  expect(await focusedNav(page)).toBe(`group:${issue.category}`);
  await expect(page.locator(":focus")).toHaveCSS("outline-style", "solid");

  await page.keyboard.press("ArrowDown");
  expect(await focusedNav(page)).toBe(issue.slug);
  for (let i = 0; i <= at; i++) await page.keyboard.press("ArrowRight");
  expect(await focusedNav(page)).toBe(`${issue.slug}.${position.slug}`);

  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("blockquote")).toHaveCount(issue.cells[position.slug]!.citations.length);
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await focusedNav(page)).toBe(`${issue.slug}.${position.slug}`);
  await expect(page.locator(":focus")).toBeInViewport();
});

test("arrow keys keep their column through category headings, and Tab leaves the table in one step", async ({ page }) => {
  await gotoMatrix(page);
  const groups = data.categories.filter((c) => data.issues.some((i) => i.category === c.slug));
  const lastOfFirst = data.issues.filter((i) => i.category === groups[0]!.slug).at(-1)!;
  const firstOfSecond = data.issues.find((i) => i.category === groups[1]!.slug)!;
  const column = data.positions[2]!.slug;
  await page.locator(`[data-nav="${lastOfFirst.slug}.${column}"]`).focus();
  await page.keyboard.press("ArrowDown");
  expect(await focusedNav(page)).toBe(`group:${groups[1]!.slug}`);
  await page.keyboard.press("ArrowDown");
  expect(await focusedNav(page)).toBe(`${firstOfSecond.slug}.${column}`);
  await page.keyboard.press("Home");
  expect(await focusedNav(page)).toBe(firstOfSecond.slug);
  await page.keyboard.press("Tab");
  expect(await focusedNav(page)).toBeNull();
  await page.keyboard.press("Shift+Tab");
  expect(await focusedNav(page)).toBe(firstOfSecond.slug);
});

test("a category heading folds and unfolds from the keyboard", async ({ page }) => {
  await gotoMatrix(page);
  const first = data.categories.find((c) => data.issues.some((i) => i.category === c.slug))!;
  const toggle = page.locator(`[data-nav="group:${first.slug}"]`);
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
});

test("evidence gives every quote with its speaker, source, date and kind, linked to the passage", async ({ page }) => {
  const cells = data.issues.flatMap((i) => data.positions.map((p) => ({ issue: i, position: p, cell: i.cells[p.slug]! })));
  const richest = cells.reduce((a, b) => (b.cell.citations.length > a.cell.citations.length ? b : a));
  const withSpeaker = cells.find((c) => c.cell.citations.some((q) => q.speaker)) ?? richest;
  const withCommentary = cells.find((c) => c.cell.citations.some((q) => q.kind === "commentary"));
  expect(withCommentary, "the data has a cell citing commentary").toBeDefined();

  for (const { issue, position, cell } of [richest, withSpeaker, withCommentary!]) {
    await gotoMatrix(page, `/?cell=${issue.slug}.${position.slug}`);
    const dialog = page.getByRole("dialog", { name: issue.title });
    await expect(dialog).toContainText(position.label);
    await expect(dialog).toContainText(cell.summary);
    const figures = dialog.getByRole("figure");
    await expect(figures).toHaveCount(cell.citations.length);
    for (const [i, citation] of cell.citations.entries()) {
      const figure = figures.nth(i);
      const source = data.sources[citation.source]!;
      await expect(figure.getByRole("blockquote")).toContainText(citation.quote.replace(/\s+/g, " "));
      const link = figure.getByRole("link", { name: source.title });
      await expect(link).toHaveAttribute("href", passageHref(citation));
      expect(passageHref(citation)).toBe(`/sources/${citation.source}#q-${citation.start}-${citation.end}`);
      await expect(figure).toContainText(source.date);
      await expect(figure).toContainText(CITATION_KIND_INFO[citation.kind].label);
      if (citation.speaker) await expect(figure).toContainText(citation.speaker);
      // Commentary is context, and says so beside the quote.
      const note = figure.getByText(CITATION_KIND_INFO.commentary.meaning);
      await expect(note).toHaveCount(citation.kind === "commentary" ? 1 : 0);
    }
    await expect(dialog.getByRole("link", { name: /Every position on/ })).toHaveAttribute(
      "href",
      issueHref(issue.slug, position.slug, carried(`cell=${issue.slug}.${position.slug}`)),
    );
  }
});

test("issue titles link to their issue pages with the current view", async ({ page }) => {
  const query = `cat=${data.categories[0]!.slug}&show=diverge`;
  await gotoMatrix(page, `/?${query}`);
  const links = page.getByRole("table").getByRole("rowheader").getByRole("link");
  for (const link of await links.all()) {
    const name = (await link.innerText()).trim();
    const issue = data.issues.find((i) => i.title === name)!;
    // The columns are named: an address without them showed, and shows, every column.
    expect(carried(query)).toBe(`cols=${data.positions.map((p) => p.slug).join(",")}&${query}`);
    await expect(link).toHaveAttribute("href", issueHref(issue.slug, undefined, carried(query)));
  }
});

test("the overview is one Tab stop: arrow keys move between its marks, Enter opens the evidence, Escape returns to the mark", async ({ page }) => {
  await gotoMatrix(page);
  const [first, second] = data.issues;
  const position = data.positions.find((p) => p.default)!;
  const focusedMark = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mark ?? null);
  for (let i = 0; i < 40 && (await focusedMark()) === null; i++) await page.keyboard.press("Tab");
  expect(await focusedMark()).toBe(`${first!.slug}.${position.slug}`);
  await page.keyboard.press("ArrowDown");
  expect(await focusedMark()).toBe(`${second!.slug}.${position.slug}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: second!.title })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".overview-grid .mark:focus")).toHaveAttribute("data-mark", `${second!.slug}.${position.slug}`);
  // One Tab leaves the overview for what follows it, not for the next mark.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest(".overview-grid"))).toBe(false);
});
