/**
 * The matrix on a desktop or tablet screen: the table uses the page, its heading row and issue
 * column staying in sight, and where it is wider than the screen a bar names the positions out
 * of sight and scrolls to them.
 */
import { test, expect } from "./fixtures";
import { data, defaultPositions, gotoMatrix, issueRows, table } from "./matrix-helpers";

type Page = import("@playwright/test").Page;
const scroller = (page: Page) => page.locator(".matrix-scroll");
/** Each issue row's top on the page, in order: the same list before and after scrolling means no row moved. */
const rowTops = (page: Page) => issueRows(page).evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().top + window.scrollY)));
/** Whether every cell is marked measured (use-far-cells.ts). */
const allSized = (page: Page) => table(page).locator(".cell-body").evaluateAll((all) => all.length > 0 && all.every((c) => c.hasAttribute("data-sized")));
/** The frames in which the table's new layout is seen and its cells are measured again. */
const threeFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
/** Scrolls every issue row into view, laying out each cell that was skipped. */
async function scrollThrough(page: Page) {
  for (const row of await issueRows(page).all()) await row.scrollIntoViewIfNeeded();
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the table scrolls with the page, not in a box of its own, and its heading row stays at the top", async ({ page }) => {
    await gotoMatrix(page, `/?cols=${data.positions.map((p) => p.slug).join(",")}`);
    const box = await scroller(page).evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    // The whole table is laid out on the page: nothing is left to scroll inside it.
    expect(box.scroll - box.client).toBeLessThanOrEqual(1);
    expect(box.client).toBeGreaterThan(2 * 800);

    const last = issueRows(page).last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    const head = table(page).locator("thead");
    await expect.poll(async () => Math.abs((await head.boundingBox())!.y)).toBeLessThan(2);
    // Its travel is kept on the row itself: set on the box, it would restyle every cell (use-page-scroll.ts).
    expect(await head.evaluate((el) => el.style.getPropertyValue("--matrix-travel"))).toMatch(/px$/);
    expect(await scroller(page).evaluate((el) => el.style.getPropertyValue("--matrix-travel"))).toBe("");
    await expect(table(page).getByRole("columnheader", { name: /^Issue/ })).toBeInViewport();
    // The heading row never leaves the table: at the very end it sits above the last row.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const tableBox = (await table(page).boundingBox())!;
    const headBox = (await head.boundingBox())!;
    expect(headBox.y + headBox.height).toBeLessThanOrEqual(tableBox.y + tableBox.height + 1);
  });

  test("a search that changes the table's height, typed above it, moves the heading row's travel only once the table is scrolled to", async ({ page }) => {
    await gotoMatrix(page);
    const head = table(page).locator("thead");
    const travel = () => head.evaluate((el) => el.style.getPropertyValue("--matrix-travel"));
    const box = page.getByRole("searchbox", { name: /search/i });
    await box.fill(data.issues[0]!.title.split(" ").find((w) => w.length > 4)!);
    await expect(issueRows(page)).not.toHaveCount(data.issues.length);
    // The header does not travel while the table's top is below the screen's: nothing is written in the keystroke's frame.
    expect(await travel()).toBe("");
    await box.fill("");
    await expect(issueRows(page)).toHaveCount(data.issues.length);
    // Scrolled to, the table's present height is measured, and the header row stays at the top down to the last row.
    const last = issueRows(page).last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(travel).toMatch(/px$/);
    const expected = await scroller(page).evaluate((el) => el.clientHeight - el.querySelector("thead")!.getBoundingClientRect().height);
    expect(parseFloat(await travel())).toBeCloseTo(expected, 0);
    await expect(last).toBeInViewport();
    await expect.poll(async () => Math.abs((await head.boundingBox())!.y)).toBeLessThan(2);
  });

  test("cells far from the screen are skipped at their measured heights, also when a search brings their rows back", async ({ page }) => {
    await gotoMatrix(page);
    const cells = table(page).locator(".cell-body");
    // Each cell is skipped only once it has been laid out: every one shown is, by the frame after.
    await expect.poll(() => allSized(page)).toBe(true);
    const skipped = () => cells.last().locator(".line").first().evaluate((el) => !el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await skipped()).toBe(true);
    const height = () => table(page).evaluate((el) => el.getBoundingClientRect().height);
    const whole = await height();

    // Rows a search takes away and brings back are new elements: they are skipped at once, at the heights measured before.
    const box = page.getByRole("searchbox", { name: /search/i });
    await box.fill(data.issues[0]!.title.split(" ").find((w) => w.length > 4)!);
    await expect(issueRows(page)).not.toHaveCount(data.issues.length);
    await box.fill("");
    await expect(issueRows(page)).toHaveCount(data.issues.length);
    expect(await cells.evaluateAll((all) => all.every((c) => c.hasAttribute("data-sized") && /^auto \d/.test(c.style.containIntrinsicBlockSize)))).toBe(true);
    expect(await skipped()).toBe(true);
    expect(await height()).toBeCloseTo(whole, 0);

    // Scrolled through, the cells laid out afresh take the same room: no row moves.
    const before = await rowTops(page);
    await scrollThrough(page);
    expect(await skipped()).toBe(false);
    expect(await rowTops(page)).toEqual(before);
  });

  test("a window of another width lays every cell out and measures it again, so none is skipped at an old height", async ({ page }) => {
    await gotoMatrix(page);
    await expect.poll(() => allSized(page)).toBe(true);
    for (const size of [{ width: 1100, height: 800 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await threeFrames(page);
      await expect.poll(() => allSized(page)).toBe(true);
      const before = await rowTops(page);
      await scrollThrough(page);
      expect(await rowTops(page), `at ${size.width} px`).toEqual(before);
    }
  });

  test("new columns lay every cell out and measure it again, so none is skipped at a height from the old ones", async ({ page }) => {
    await gotoMatrix(page);
    await expect.poll(() => allSized(page)).toBe(true);
    // Two more positions narrow every column: the cells the table kept grow taller than they were measured.
    const added = data.positions.filter((p) => !defaultPositions.includes(p.slug)).slice(0, 2);
    expect(added).toHaveLength(2);
    await page.getByRole("button", { name: /^Positions/ }).click();
    for (const p of added) await page.getByRole("checkbox", { name: p.label }).check();
    await page.keyboard.press("Escape");
    await expect(issueRows(page).first().locator("td.matrix-cell")).toHaveCount(defaultPositions.length + 2);
    await threeFrames(page);
    await expect.poll(() => allSized(page)).toBe(true);
    const before = await rowTops(page);
    await scrollThrough(page);
    expect(await rowTops(page)).toEqual(before);
  });

  test("the default columns fit: no bar about positions out of sight", async ({ page }) => {
    await gotoMatrix(page);
    await expect(table(page).getByRole("columnheader")).toHaveCount(defaultPositions.length + 2);
    await expect(page.getByRole("group", { name: "Positions out of sight" })).toHaveCount(0);
  });
});

test.describe("at 900 px", () => {
  test.use({ viewport: { width: 900, height: 800 } });

  test("a bar names the positions out of sight on either side, and scrolls to them, the issue column staying put", async ({ page }) => {
    await gotoMatrix(page);
    // The overview comes first; the bar belongs to the table below it.
    await table(page).scrollIntoViewIfNeeded();
    const bar = page.getByRole("group", { name: "Positions out of sight" });
    await expect(bar).toBeVisible();
    await expect(bar).toBeInViewport();
    const right = bar.getByRole("button", { name: /more positions? to the right/ });
    const beyond = await table(page)
      .locator("thead th[data-position]")
      .evaluateAll((ths, edge) => ths.filter((th) => { const r = th.getBoundingClientRect(); return r.right - r.width / 2 > edge; }).map((th) => th.getAttribute("data-position")), await scroller(page).evaluate((el) => el.getBoundingClientRect().right));
    expect(beyond.length).toBeGreaterThan(0);
    for (const slug of beyond) await expect(right).toContainText(data.positions.find((p) => p.slug === slug)!.shortLabel);

    const issueCell = issueRows(page).first().getByRole("rowheader");
    const before = (await issueCell.boundingBox())!.x;
    await right.click();
    await expect.poll(() => scroller(page).evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await expect(bar.getByRole("button", { name: /more positions? to the left/ })).toBeVisible();
    expect(Math.abs((await issueCell.boundingBox())!.x - before)).toBeLessThan(2);
    // Far enough, nothing is left to the right.
    await scroller(page).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(right).toHaveCount(0);
  });
});
