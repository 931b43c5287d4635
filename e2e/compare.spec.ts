/** Comparing positions in the matrix: filters, columns, search, sort and "compare two". */
import { test, expect } from "./fixtures";
import { applyView } from "../lib/matrix/apply-view";
import { defaultView, parseView, viewContext } from "../lib/matrix/view";
import { SILENT_SUMMARY } from "../lib/data/vocab";
import { foldText, parseQuery } from "../lib/matrix/search";
import { relevance } from "../lib/matrix/row-query";
import {
  agreementOf,
  allPositions,
  defaultLabels,
  defaultPositions,
  cellsOf,
  data,
  gotoMatrix,
  issueBySlug,
  issueRows,
  positionHeaders,
  rowSlugs,
  rowStances,
  searchBox,
  searchHits,
  searchWord,
  status,
  table,
} from "./matrix-helpers";

test.describe("filters", () => {
  test("every visible row is in the chosen categories", async ({ page }) => {
    await gotoMatrix(page);
    const chosen = data.categories.slice(0, 2);
    for (const c of chosen) await page.getByRole("checkbox", { name: c.title, exact: true }).check();
    const expected = data.issues.filter((i) => chosen.some((c) => c.slug === i.category)).map((i) => i.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    expect(page.url()).toContain(`cat=${chosen.map((c) => c.slug).join(",")}`);
  });

  test("every visible row has a shown position with a chosen stance", async ({ page }) => {
    await gotoMatrix(page);
    const stance = "rejects";
    await page.getByRole("checkbox", { name: "Rejects" }).check();
    const expected = data.issues.filter((i) => cellsOf(i, defaultPositions).some((c) => c.stance === stance)).map((i) => i.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    for (const row of await issueRows(page).all()) expect(await rowStances(row)).toContain(stance);
  });

  for (const [label, mode] of [
    ["Where they diverge", "diverge"],
    ["Where they agree", "agree"],
  ] as const) {
    test(`"${label}" shows exactly the issues where the shown positions ${mode}`, async ({ page }) => {
      await gotoMatrix(page);
      await page.getByRole("radio", { name: label }).check();
      const expected = data.issues.filter((i) => agreementOf(cellsOf(i, defaultPositions).map((c) => c.stance)) === mode);
      await expect.poll(() => rowSlugs(page)).toEqual(expected.map((i) => i.slug));
      for (const row of await issueRows(page).all()) {
        expect(agreementOf(await rowStances(row))).toBe(mode);
        await expect(row.locator("td.agreement-cell")).toContainText(mode === "agree" ? "Agree" : "Diverge");
      }
    });
  }

  test("filters combine, and the status counts what the rows show, then the totals across every issue", async ({ page }) => {
    const category = data.categories[0]!;
    // An address without columns, from before the default columns: every column, as then.
    await gotoMatrix(page, `/?cat=${category.slug}&show=diverge`);
    expect(await positionHeaders(page)).toEqual(data.positions.map((p) => p.label));
    const rows = await rowSlugs(page);
    for (const slug of rows) {
      const issue = issueBySlug.get(slug)!;
      expect(issue.category).toBe(category.slug);
      expect(agreementOf(cellsOf(issue, allPositions).map((c) => c.stance))).toBe("diverge");
    }
    await expect(status(page)).toContainText(`Showing ${rows.length} of ${data.issues.length} issues`);
    await expect(status(page).locator("[data-count=diverge]")).toHaveText(`diverge on ${rows.length}`);
    const totals = data.issues.map((i) => agreementOf(cellsOf(i, allPositions).map((c) => c.stance)));
    await expect(status(page).locator("[data-total=agree]")).toHaveText(`agree on ${totals.filter((x) => x === "agree").length}`);
    await expect(status(page).locator("[data-total=diverge]")).toHaveText(`diverge on ${totals.filter((x) => x === "diverge").length}`);
  });

  test("folding a category hides its rows and unfolding brings them back", async ({ page }) => {
    await gotoMatrix(page);
    const category = data.categories.find((c) => data.issues.some((i) => i.category === c.slug))!;
    const toggle = table(page).getByRole("button", { name: new RegExp(`^${category.title}\\b`) });
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect.poll(() => rowSlugs(page)).toEqual(data.issues.filter((i) => i.category !== category.slug).map((i) => i.slug));
    expect(page.url()).toContain(`fold=${category.slug}`);
    await toggle.click();
    await expect.poll(() => rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
  });
});

test.describe("columns", () => {
  test("hiding a position removes its column", async ({ page }) => {
    await gotoMatrix(page);
    const hidden = data.positions.find((p) => p.slug === defaultPositions[1])!;
    await page.getByRole("button", { name: /^Positions/ }).click();
    await page.getByRole("checkbox", { name: hidden.label }).uncheck();
    const rest = defaultLabels.filter((l) => l !== hidden.label);
    await expect.poll(() => positionHeaders(page)).toEqual(rest);
    for (const row of (await issueRows(page).all()).slice(0, 5)) await expect(row.locator("td.matrix-cell")).toHaveCount(rest.length);
    expect(page.url()).toContain("cols=");
  });

  test("reordering positions changes the column order", async ({ page }) => {
    await gotoMatrix(page);
    const last = data.positions.find((p) => p.slug === defaultPositions.at(-1))!;
    await page.getByRole("button", { name: /^Positions/ }).click();
    const earlier = page.getByRole("button", { name: `Move ${last.label} earlier` });
    await earlier.click();
    await earlier.click();
    const expected = defaultLabels.filter((l) => l !== last.label);
    expected.splice(expected.length - 2, 0, last.label);
    await expect.poll(() => positionHeaders(page)).toEqual(expected);
    const row = issueRows(page).first();
    const slug = (await rowSlugs(page))[0]!;
    const order = expected.map((label) => data.positions.find((p) => p.label === label)!.slug);
    expect(await rowStances(row)).toEqual(cellsOf(issueBySlug.get(slug)!, order).map((c) => c.stance));
  });
});

test.describe("search", () => {
  test("shows only matching issues, with every match highlighted", async ({ page }) => {
    await gotoMatrix(page);
    const word = searchWord();
    await searchBox(page).pressSequentially(word, { delay: 20 });
    const shown = (i: (typeof data.issues)[number]) =>
      [i.title, i.proposition, ...cellsOf(i, defaultPositions).flatMap((c) => [c.summary === SILENT_SUMMARY ? "" : c.summary, ...c.citations.map((q) => q.quote)])]
        .some((t) => foldText(t).includes(word));
    const expected = data.issues.filter(shown).map((i) => i.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    const hits = await searchHits(page);
    for (const slug of expected) expect(hits.filter((h) => h.row === slug).length, slug).toBeGreaterThan(0);
    for (const h of hits) expect(foldText(h.text)).toBe(word);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(word);
  });

  test("a keystroke leaves the filters alone and keeps each row whose rank stays", async ({ page }) => {
    await gotoMatrix(page);
    const ctx = viewContext(data);
    // Typed into the default view, which keeps its columns (a bare `?q=` address would show them all).
    const scores = (q: string) => new Map(applyView(data, { ...defaultView(ctx), q }).rows.map((r) => [r.issue.slug, relevance(r, parseQuery(q))]));
    const first = (ranks: Map<string, number>) => ranks.keys().next().value;
    // A title's word whose next letter puts another issue first while some keep their rank: the case
    // where rebuilding rows keyed by the first one would show.
    const word = data.issues
      .flatMap((i) => i.title.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
      .find((w) => [...w].some((_, n) => {
        const [was, now] = [scores(w.slice(0, n)), scores(w.slice(0, n + 1))];
        return n > 0 && first(was) !== first(now) && [...now].some(([slug, score]) => was.get(slug) === score);
      }));
    expect(word).toBeDefined();
    // Any attribute written to the filters' inputs while typing is a re-render the search did not need.
    await page.evaluate(() => {
      const w = window as unknown as { filterWrites: string[] };
      w.filterWrites = [];
      const observer = new MutationObserver((list) => w.filterWrites.push(...list.map((m) => `${m.attributeName}`)));
      observer.observe(document.querySelector("#matrix-filters")!, { subtree: true, attributes: true });
    });
    let before = new Map<string, number>();
    for (let n = 1; n <= word!.length; n++) {
      const q = word!.slice(0, n);
      // Rebuilt rows lose the mark; rows left in place keep it.
      await issueRows(page).evaluateAll((rows) => rows.forEach((r) => ((r as HTMLElement).dataset.was = "")));
      await searchBox(page).press(word![n - 1]!);
      const after = scores(q);
      await expect.poll(() => rowSlugs(page)).toEqual([...after.keys()]);
      const kept = await issueRows(page).evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).dataset.was === "").map((r) => (r as HTMLElement).dataset.rowKey));
      const stayed = [...after].filter(([slug, score]) => before.get(slug) === score).map(([slug]) => slug);
      expect(kept, `rows kept after typing "${q}"`).toEqual(expect.arrayContaining(stayed));
      before = after;
    }
    expect(await page.evaluate(() => (window as unknown as { filterWrites: string[] }).filterWrites)).toEqual([]);
  });

  test("typing a search adds one history entry, not one per keystroke", async ({ page }) => {
    await gotoMatrix(page);
    const before = await page.evaluate(() => history.length);
    await searchBox(page).pressSequentially(searchWord(), { delay: 30 });
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(searchWord());
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });
});

test.describe("sort", () => {
  test("sorts by title both ways from the header, with aria-sort", async ({ page }) => {
    await gotoMatrix(page);
    const header = table(page).getByRole("columnheader", { name: /Issue/ });
    await expect(header).toHaveAttribute("aria-sort", "other");
    await header.getByRole("button").click();
    const byTitle = [...data.issues].sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base", numeric: true }));
    await expect.poll(() => rowSlugs(page)).toEqual(byTitle.map((i) => i.slug));
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect.poll(() => rowSlugs(page)).toEqual(byTitle.map((i) => i.slug).reverse());
    await expect(header).toHaveAttribute("aria-sort", "descending");
  });

  test("sorts by divergence, most divergent first, issues with too few stances last", async ({ page }) => {
    await gotoMatrix(page);
    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Most divergent first" });
    await expect(table(page).getByRole("columnheader", { name: /Agreement/ })).toHaveAttribute("aria-sort", "descending");
    await expect(table(page).locator("tr.group-row")).toHaveCount(0);
    const texts = await issueRows(page).locator("td.agreement-cell").allInnerTexts();
    const distance = (t: string) => (t.includes("Diverge") ? Number(/distance ([\d.]+)/.exec(t)![1]) : t.includes("Agree") ? 0 : -1);
    const values = texts.map(distance);
    expect(values).toHaveLength(data.issues.length);
    for (let i = 1; i < values.length; i++) {
      if (values[i - 1] === -1) expect(values[i]).toBe(-1);
      else if (values[i] !== -1) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    }
  });
});

test.describe("compare two", () => {
  test("shows two positions side by side, with agreement marked and counted", async ({ page }) => {
    await gotoMatrix(page);
    const [a, b] = [data.positions[0]!, data.positions.at(-2)!];
    await page.getByRole("button", { name: "Compare two" }).click();
    await page.getByRole("combobox", { name: "First" }).selectOption(a.slug);
    await page.getByRole("combobox", { name: "Second" }).selectOption(b.slug);
    await expect.poll(() => positionHeaders(page)).toEqual([a.label, b.label]);

    const marks = await issueRows(page).locator("td.agreement-cell").allInnerTexts();
    const count = (word: string) => marks.filter((m) => m.includes(word)).length;
    const text = await status(page).innerText();
    const stated = (name: string) => Number(new RegExp(`${name} on (\\d+)`).exec(text)![1]);
    expect(stated("agree")).toBe(count("Agree"));
    expect(stated("diverge")).toBe(count("Diverge"));
    expect(count("Agree") + count("Diverge") + count("Too few")).toBe(data.issues.length);

    const oracle = data.issues.map((i) => agreementOf([i.cells[a.slug]!.stance, i.cells[b.slug]!.stance]));
    expect(count("Agree")).toBe(oracle.filter((x) => x === "agree").length);
    expect(count("Diverge")).toBe(oracle.filter((x) => x === "diverge").length);

    await page.getByRole("radio", { name: "Where they diverge" }).check();
    await expect(issueRows(page)).toHaveCount(oracle.filter((x) => x === "diverge").length);
    // What is shown, and the totals across every issue: "agree on 0" alone would misquote the pair.
    await expect(status(page)).toContainText(`agree on 0, diverge on ${oracle.filter((x) => x === "diverge").length}`);
    await expect(status(page)).toContainText(`Across all ${data.issues.length} issues, they agree on ${oracle.filter((x) => x === "agree").length}, diverge on ${oracle.filter((x) => x === "diverge").length}`);
  });
});

for (const sort of ["category", "divergence"]) {
  test(`the table shows exactly the rows and columns applyView gives, as the CSV export will (sort by ${sort})`, async ({ page }) => {
    const cols = [...allPositions].reverse().slice(0, 3).join(",");
    const query = `cols=${cols}&stance=supports,rejects&sort=${sort}&fold=${data.categories[0]!.slug}`;
    await gotoMatrix(page, `/?${query}`);
    const applied = applyView(data, parseView(query, viewContext(data)));
    expect(applied.visibleRows.length).toBeGreaterThan(0);
    expect(await rowSlugs(page)).toEqual(applied.visibleRows.map((r) => r.issue.slug));
    expect(await positionHeaders(page)).toEqual(applied.positions.map((p) => p.label));
  });
}
