/**
 * Weighing the evidence in the matrix: every cell's strength in words and its count without
 * commentary, disagreements, the column's scope in the panel, the stance coverage in the
 * headings and the status line, the strength filter and sort, and quotes side by side.
 * Expectations come from the data, never from hard-coded content.
 */
import { test, expect } from "./fixtures";
import { cellCount } from "../lib/matrix/evidence-count";
import { evidenceCount } from "../lib/data/strength";
import { POSITION_KIND_INFO } from "../lib/data/vocab";
import { applyView } from "../lib/matrix/apply-view";
import { parseView, viewContext } from "../lib/matrix/view";
import { cellsOf, data, defaultPositions, gotoMatrix, issueRows, rowSlugs, squash, status, table } from "./matrix-helpers";

const all = data.positions.map((p) => p.slug);
const everyCell = data.issues.flatMap((issue) => data.positions.map((p) => ({ issue, p, cell: issue.cells[p.slug]! })));

test("every cell gives its strength in words and its citation count, commentary left out", async ({ page }) => {
  await gotoMatrix(page, `/?cols=${all.join(",")}`);
  // Every cell read in one call, then compared in memory.
  const shown = await page.locator("[data-nav]").evaluateAll((buttons) => {
    const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
    return buttons.map((button) => ({
      nav: button.getAttribute("data-nav")!,
      text: text(button),
      // The innermost elements whose whole text is a strength, as getByText would find them.
      strengths: [...button.querySelectorAll("*")]
        .filter((el) => /^Evidence: \S/.test(text(el)) && ![...el.children].some((child) => text(child) === text(el)))
        .map(text),
    }));
  });
  for (const { issue, p, cell } of everyCell) {
    const where = `${issue.slug} × ${p.slug}`;
    const matches = shown.filter((b) => b.nav === `${issue.slug}.${p.slug}`);
    expect(matches, `${where}: one cell`).toHaveLength(1);
    const { text, strengths } = matches[0]!;
    if (cell.stance === "not-addressed") expect(text, where).not.toContain("Evidence:");
    else expect(strengths, where).toEqual([`Evidence: ${cell.strength.label}`]);
    const count = cellCount(cell);
    if (count) expect(text, where).toContain(squash(count));
    if (cell.disagreement) expect(text, where).toContain("Sources disagree on a fact it relies on");
    else expect(text, where).not.toContain("Sources disagree");
  }
  const commentary = everyCell.find(({ cell }) => cell.citations.some((c) => c.kind === "commentary"))!;
  const counted = commentary.cell.citations.filter((c) => c.kind !== "commentary").length;
  await expect(page.locator(`[data-nav="${commentary.issue.slug}.${commentary.p.slug}"]`)).toContainText(`${counted} citation${counted === 1 ? "" : "s"} + `);
});

test("the evidence panel gives the column's scope, the strength, the count and what the sources disagree on", async ({ page }) => {
  const disputed = everyCell.find(({ cell }) => cell.disagreement)!;
  const anonymous = everyCell.find(({ cell }) => cell.strength.level === "single-report" && cell.strength.anonymous)!;
  for (const { issue, p, cell } of [disputed, anonymous]) {
    await gotoMatrix(page, `/?cols=${all.join(",")}&cell=${issue.slug}.${p.slug}`);
    const dialog = page.getByRole("dialog", { name: issue.title });
    await expect(dialog).toContainText(`${POSITION_KIND_INFO[p.kind].label}: ${p.scope}`);
    await expect(dialog.getByText(`Evidence: ${cell.strength.label}`, { exact: true })).toBeVisible();
    await expect(dialog).toContainText(evidenceCount(cell));
    if (cell.disagreement) await expect(dialog).toContainText(`Sources disagree: ${cell.disagreement}`);
    else await expect(dialog).not.toContainText("Sources disagree");
  }
});

test("each column's heading and the status line say on how many issues the sources give it a stance", async ({ page }) => {
  await gotoMatrix(page);
  const total = data.issues.length;
  for (const slug of defaultPositions) {
    const p = data.positions.find((x) => x.slug === slug)!;
    const stated = data.issues.filter((i) => i.cells[slug]!.stance !== "not-addressed").length;
    expect(p.stated).toBe(stated);
    await expect(table(page).getByRole("columnheader", { name: new RegExp(`^${p.label}`) })).toContainText(`${stated} of ${total} issues in these sources`);
    await expect(page.getByText(/^Stated in these sources:/)).toContainText(`${p.shortLabel}: ${stated} of ${total} issues`);
  }
});

test("filtering by strength keeps the issues where a shown cell has it, with the stance too when both are checked", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByRole("checkbox", { name: "Own words" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("strength")).toBe("own-words");
  const own = data.issues.filter((i) => cellsOf(i, defaultPositions).some((c) => c.strength.level === "own-words"));
  expect(own.length).toBeGreaterThan(0);
  await expect.poll(() => rowSlugs(page)).toEqual(own.map((i) => i.slug));
  await expect(status(page)).toContainText(`Showing ${own.length} of ${data.issues.length} issues`);

  await page.getByRole("checkbox", { name: "Supports" }).check();
  const both = data.issues.filter((i) => cellsOf(i, defaultPositions).some((c) => c.strength.level === "own-words" && c.stance === "supports"));
  await expect.poll(() => rowSlugs(page)).toEqual(both.map((i) => i.slug));

  // The printed view says so.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(/Evidence: Own words/).first()).toBeVisible();
});

test("sorting by evidence puts the weakest first (or the strongest), as applyView does, issues without a stance last", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Weakest evidence first" });
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("strength");
  const query = new URL(page.url()).search.slice(1);
  const expected = applyView(data, parseView(query, viewContext(data))).rows.map((r) => r.issue.slug);
  await expect.poll(() => rowSlugs(page)).toEqual(expected);
  await expect(table(page).locator("tr.group-row")).toHaveCount(0);
  // The first row has a stance resting on a single report; issues where no shown position states one come last.
  const first = data.issues.find((i) => i.slug === expected[0])!;
  expect(cellsOf(first, defaultPositions).some((c) => c.strength.level === "single-report")).toBe(true);
  const silent = data.issues.filter((i) => cellsOf(i, defaultPositions).every((c) => c.stance === "not-addressed")).map((i) => i.slug);
  expect(expected.slice(expected.length - silent.length).sort()).toEqual([...silent].sort());

  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Strongest evidence first" });
  await expect.poll(() => new URL(page.url()).searchParams.get("dir")).toBeNull();
  const strongest = applyView(data, parseView(new URL(page.url()).search.slice(1), viewContext(data))).rows.map((r) => r.issue.slug);
  await expect.poll(() => rowSlugs(page)).toEqual(strongest);
  const top = data.issues.find((i) => i.slug === strongest[0])!;
  expect(cellsOf(top, defaultPositions).some((c) => c.strength.level === "own-words")).toBe(true);
});

test("comparing two shows their quotes side by side on demand, each in its position's column", async ({ page }) => {
  const [a, b] = ["russia", "ukraine"].map((slug) => data.positions.find((p) => p.slug === slug) ?? data.positions[0]!);
  await gotoMatrix(page);
  await page.getByRole("button", { name: "Compare two" }).click();
  await page.getByRole("combobox", { name: "First" }).selectOption(a!.slug);
  await page.getByRole("combobox", { name: "Second" }).selectOption(b!.slug);
  await expect(page.locator("tr.quotes-row")).toHaveCount(0);
  const toggle = page.getByRole("button", { name: "Quotes side by side" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => new URL(page.url()).searchParams.get("quotes")).toBe("1");

  const issue = data.issues.find((i) => i.cells[a!.slug]!.citations.length > 0 && i.cells[b!.slug]!.citations.length > 0)!;
  const row = page.getByRole("row", { name: `Quotes on ${issue.title}` });
  await expect(row).toBeVisible();
  const left = row.getByRole("list", { name: `${a!.shortLabel}'s quotes on ${issue.title}` });
  const right = row.getByRole("list", { name: `${b!.shortLabel}'s quotes on ${issue.title}` });
  await expect(left.getByRole("blockquote")).toHaveCount(issue.cells[a!.slug]!.citations.length);
  await expect(right.getByRole("blockquote")).toHaveCount(issue.cells[b!.slug]!.citations.length);
  // Side by side: the same height on the page, the first one to the left, under their columns.
  const [l, r] = [(await left.boundingBox())!, (await right.boundingBox())!];
  expect(Math.abs(l.y - r.y)).toBeLessThan(40);
  expect(l.x + l.width).toBeLessThanOrEqual(r.x + 1);
  const heads = table(page).getByRole("columnheader");
  expect(Math.abs((await heads.nth(2).boundingBox())!.x - l.x)).toBeLessThan(40);
  expect(await issueRows(page).count()).toBe(await page.locator("tr.quotes-row").count());

  await toggle.click();
  await expect(page.locator("tr.quotes-row")).toHaveCount(0);
});
