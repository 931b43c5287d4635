/** The reader's first minute: the split at a glance, silence named as silence, colours without a side, search that ranks. */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { data, gotoMatrix, issueRows, searchBox, searchHits, settled, table } from "./matrix-helpers";
import { STANCE_INFO, STANCES } from "../lib/data/vocab";

const marks = (page: Page) => page.locator(".overview-grid .mark");
const defaults = data.positions.filter((p) => p.default);

/** How many of the locator's elements lie wholly inside the viewport. */
async function fullyVisible(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((els) =>
    els.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    }).length,
  );
}

test("at 1440×900 the first screen holds at least 80 marks, every one naming its issue, position, stance and evidence", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await gotoMatrix(page);
  await expect(marks(page)).toHaveCount(data.issues.length * defaults.length);
  expect(await fullyVisible(page, ".overview-grid .mark")).toBeGreaterThanOrEqual(80);
  const issue = data.issues[0]!;
  const position = defaults[0]!;
  const cell = issue.cells[position.slug]!;
  const mark = page.locator(".overview-grid").getByRole("button", { name: `${issue.title}, ${position.label}:` });
  await expect(mark).toHaveAttribute("data-stance", cell.stance);
  await expect(mark).toHaveAccessibleName(new RegExp(`: ${cell.stance === "not-addressed" ? "Sources silent" : "\\w+"}\\. Evidence: ${cell.strength.label}$`));
  // The table's cell is named the same way: issue, position, then its stance and evidence.
  const tableCell = page.getByRole("table").getByRole("button", { name: `${issue.title}, ${position.label}:` });
  await expect(tableCell).toHaveAccessibleName(new RegExp(`Evidence: ${cell.strength.label}`));
  await expect(page.locator(".overview-headline")).toContainText(/split on \d+ of \d+ issues|split on none/);
});

test("on a 390×844 phone the first screen shows a whole issue row's marks, not only controls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoMatrix(page);
  const rows = page.locator(".overview-grid li");
  const whole = await rows.evaluateAll((lis) =>
    lis.some((li) => {
      const ms = [...li.querySelectorAll(".mark")];
      return ms.length > 0 && ms.every((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      });
    }),
  );
  expect(whole).toBe(true);
  // Every column head and issue title reads whole: nothing cut ("Europ…") or overflowing its box.
  const heads = page.locator(".overview-head > span[title]");
  await expect(heads).toHaveText(defaults.map((p) => p.shortLabel));
  const cut = await page.locator(".overview-head > span, .overview-grid .overview-issue").evaluateAll((els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth || getComputedStyle(el).textOverflow === "ellipsis").map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
});

for (const width of [1440, 390]) {
  test(`at ${width} px wide the key names every stance's mark, and marks sit 24 px apart at least`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoMatrix(page);
    const key = page.getByRole("list", { name: "Key to the marks" });
    await expect(key.getByRole("listitem")).toHaveText(STANCES.map((s) => STANCE_INFO[s].label));
    await expect(key).toBeInViewport();
    // WCAG 2.2's target spacing (2.5.8): a mark under 24 px needs 24 px from its centre to the next one's.
    const gaps = await marks(page).evaluateAll((els) => {
      const centres = els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      return centres.flatMap((a, i) => centres.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
    });
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(23.5);
  });
}

test("every stance's icon and the evidence meter are drawn: each class's own shape, fitted to its box", async ({ page }) => {
  await gotoMatrix(page);
  const drawn = await page.locator(".icon, .meter").evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      return { cls: [...el.classList].find((c) => /^(i|meter)-/.test(c)), image: style.maskImage, size: style.maskSize, repeat: style.maskRepeat };
    }),
  );
  const images = new Map<string, Set<string>>();
  for (const { cls, image, size, repeat } of drawn) {
    expect(image, cls).toMatch(/^url\("data:image\/svg\+xml,/);
    expect([size, repeat], cls).toEqual(["contain", "no-repeat"]);
    images.set(cls!, (images.get(cls!) ?? new Set()).add(image));
  }
  // Every stance is on the page (the key), each with one shape of its own.
  for (const s of STANCES) expect(images.get(`i-${s}`)?.size, s).toBe(1);
  const shapes = [...images.values()].map((set) => [...set][0]);
  expect(new Set(shapes).size).toBe(images.size);
});

test("a mark opens the same evidence panel as its cell, and says its word on focus", async ({ page }) => {
  await gotoMatrix(page);
  const issue = data.issues.find((i) => defaults.some((p) => i.cells[p.slug]!.citations.length > 0))!;
  const position = defaults.find((p) => issue.cells[p.slug]!.citations.length > 0)!;
  const mark = page.locator(".overview-grid").getByRole("button", { name: `${issue.title}, ${position.label}:` });
  await mark.focus();
  const word = await mark.getAttribute("data-word");
  expect(await mark.evaluate((el) => getComputedStyle(el, "::after").content)).toBe(`"${word}"`);
  await mark.click();
  await expect(page.getByRole("dialog", { name: issue.title })).toContainText(issue.cells[position.slug]!.citations[0]!.quote.replace(/\s+/g, " ").slice(0, 40));
  expect(new URL(page.url()).searchParams.get("cell")).toBe(`${issue.slug}.${position.slug}`);
});

test("no label says “Not addressed”: the sources are said to be silent", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByText("How to read the matrix").click();
  // The page as shown, and the table's text whole (a wide screen skips the cells far from the screen, which innerText then leaves out).
  const text = (await page.locator("body").innerText()) + (await table(page).textContent());
  expect(text).not.toContain("Not addressed");
  expect(text).toContain("Sources silent");
  const silent = data.issues.flatMap((i) => defaults.filter((p) => i.cells[p.slug]!.stance === "not-addressed").map((p) => ({ i, p })))[0]!;
  await page.locator(".overview-grid").getByRole("button", { name: `${silent.i.title}, ${silent.p.label}: Sources silent` }).click();
  await expect(page.getByRole("dialog")).toContainText("The sources are silent on this.");
  await expect(page.getByRole("dialog")).not.toContainText("Not addressed");
});

/** The hue of a CSS colour, 0–360. */
function hue(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
  const max = Math.max(r, g, b), d = max - Math.min(r, g, b);
  const h = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

for (const scheme of ["light", "dark"] as const) {
  test(`Supports is not green and Rejects not red, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoMatrix(page);
    const colour = (stance: string) => page.locator(`.overview-grid .mark[data-stance=${stance}]`).first().evaluate((el) => getComputedStyle(el).color);
    const supports = hue(await colour("supports"));
    const rejects = hue(await colour("rejects"));
    expect(supports < 75 || supports > 165, `supports hue ${supports}`).toBe(true);
    expect(rejects > 15 && rejects < 345, `rejects hue ${rejects}`).toBe(true);
  });
}

for (const [query, first] of [
  ["frozen assets", "Use of frozen Russian assets"],
  ["Donbass", /Donbas/],
  ["Zaporizhia", /Zaporizhzhia/],
] as const) {
  test(`searching “${query}” puts ${first} first`, async ({ page }) => {
    await gotoMatrix(page);
    await searchBox(page).fill(query);
    await settled(page);
    await expect(issueRows(page).first().getByRole("rowheader")).toContainText(first);
    await expect(page.locator(".overview-grid .overview-issue").first()).toContainText(first);
  });
}

test("a search marks each spelling of its word where it occurs: titles, propositions, summaries and quotes", async ({ page }) => {
  await gotoMatrix(page);
  await searchBox(page).fill("Donbass");
  await settled(page);
  await expect.poll(async () => (await searchHits(page)).length).toBeGreaterThan(0);
  const hits = await searchHits(page);
  // The press's other spelling is marked as the word found.
  expect(new Set(hits.map((h) => h.text.toLowerCase()))).toEqual(new Set(["donbas"]));
  expect(hits.every((h) => h.inTable)).toBe(true);
  const marked = hits.map((h) => h.within);
  expect(marked).toContain("issue-link");
  expect(marked.some((c) => c.split(" ").includes("line"))).toBe(true);
});

test("a search of one letter filters and marks nothing, and says that a word needs two", async ({ page }) => {
  await gotoMatrix(page);
  const before = await issueRows(page).getByRole("rowheader").allInnerTexts();
  await searchBox(page).fill("g");
  await settled(page);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toContainText("Search words need two letters or more.");
  expect(await issueRows(page).getByRole("rowheader").allInnerTexts()).toEqual(before);
  expect(await searchHits(page)).toEqual([]);
  // The second letter searches, ranks and marks: every mark is the word, in any case, and the table has them.
  await searchBox(page).fill("gu");
  await settled(page);
  await expect.poll(async () => (await searchHits(page)).filter((h) => h.inTable).length).toBeGreaterThan(0);
  expect(new Set((await searchHits(page)).map((h) => h.text.toLowerCase()))).toEqual(new Set(["gu"]));
  await expect(page.locator("[data-search-hint]")).toHaveCount(0);
  // Erased, the search leaves no mark behind.
  await searchBox(page).fill("");
  await settled(page);
  await expect.poll(() => searchHits(page)).toEqual([]);
});

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width} px the search box stays where it is while a search narrows the overview above it`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await gotoMatrix(page);
    const box = searchBox(page);
    await box.click();
    const top = async () => (await box.boundingBox())!.y;
    const before = await top();
    const lines = await page.locator(".overview-grid .overview-issue").count();
    await box.pressSequentially("crimea", { delay: 30 });
    await settled(page);
    // The overview shows fewer issues, and the box has not moved.
    await expect.poll(() => page.locator(".overview-grid .overview-issue").count()).toBeLessThan(lines);
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
    // Once the box is left, the space is given back.
    await box.blur();
    await expect.poll(top).toBeLessThan(before - 24);
  });
}

test("one Tab after the skip to content, a skip link takes the keyboard to the table", async ({ page }) => {
  await gotoMatrix(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the table" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  expect(new URL(page.url()).hash).toBe("#matrix-results");
});

test("“Cite this” is in the first screen of the matrix", async ({ page }) => {
  await gotoMatrix(page);
  await expect(page.getByRole("button", { name: /^Cite this dataset/ }).first()).toBeInViewport();
});
