/** Below 768 px the matrix is one card per issue, the positions stacked in it; a phone's Back, filters and targets. */
import { test, expect } from "./fixtures";
import { agreementOf, cellsOf, data, defaultPositions, gotoMatrix, issueRows, rowSlugs, status } from "./matrix-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const shown = defaultPositions.map((slug) => data.positions.find((p) => p.slug === slug)!);

test("each issue is a card with its positions stacked, labelled, and nothing scrolls sideways", async ({ page }) => {
  await gotoMatrix(page);
  expect(await rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
  for (const row of (await issueRows(page).all()).slice(0, 3)) {
    const card = (await row.boundingBox())!;
    expect(card.width).toBeLessThanOrEqual(390);
    const cells = row.locator("td.matrix-cell");
    await expect(cells).toHaveCount(shown.length);
    let previousBottom = -Infinity;
    for (const [i, position] of shown.entries()) {
      const cell = cells.nth(i);
      await expect(cell.getByText(position.label, { exact: true })).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(previousBottom - 1);
      expect(box.width).toBeGreaterThan(card.width * 0.9);
      previousBottom = box.y + box.height;
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("with every position shown, the overview's titles and names stay clear of the marks", async ({ page }) => {
  await gotoMatrix(page, `/?cols=${data.positions.map((p) => p.slug).join(",")}`);
  // One read of the page: each line's title, its first mark, and each column name beside the next.
  const overlaps = await page.locator(".overview-grid").evaluate((grid) => {
    const found: string[] = [];
    for (const li of grid.querySelectorAll("li")) {
      const title = li.querySelector(".overview-issue")!;
      const mark = li.querySelector(".mark");
      // The text's own extent (a range), not its box: an overflowing word runs past the box.
      const range = document.createRange();
      range.selectNodeContents(title);
      if (mark && range.getBoundingClientRect().right > mark.getBoundingClientRect().left + 0.5) found.push(title.textContent!);
    }
    const names = [...grid.querySelectorAll(".overview-head > span")].filter((s) => s.textContent);
    for (const [i, name] of names.slice(0, -1).entries()) {
      const range = document.createRange();
      range.selectNodeContents(name);
      if (range.getBoundingClientRect().right > names[i + 1]!.getBoundingClientRect().left + 0.5) found.push(name.textContent!);
    }
    return found;
  });
  expect(overlaps).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("cards far below the first screen wait to be laid out, and lay out whole once scrolled to", async ({ page }) => {
  await gotoMatrix(page);
  const last = issueRows(page).last();
  // Left to the browser until near the screen (app/globals.css): the phone's first seconds lay out the overview, not 30 cards.
  expect(await last.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe("auto");
  await last.scrollIntoViewIfNeeded();
  const cells = last.locator("td.matrix-cell");
  for (const [i, position] of shown.entries()) await expect(cells.nth(i).getByText(position.label, { exact: true })).toBeVisible();
  const card = (await last.boundingBox())!;
  const lastCell = (await cells.last().boundingBox())!;
  expect(lastCell.y + lastCell.height).toBeLessThanOrEqual(card.y + card.height + 1);
});

test("a card's cell shows the strength of its evidence in words, and a tap opens its evidence", async ({ page }) => {
  await gotoMatrix(page);
  const issue = data.issues[0]!;
  const position = shown.find((p) => issue.cells[p.slug]!.citations.length > 0)!;
  const cell = page.locator(`[data-nav="${issue.slug}.${position.slug}"]`);
  await expect(cell.getByText(`Evidence: ${issue.cells[position.slug]!.strength.label}`, { exact: true })).toBeVisible();
  await cell.tap();
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await dialog.getByRole("button", { name: /Close/ }).tap();
  await expect(dialog).toBeHidden();
});

test("filters open in a sheet over the results, whose button counts the issues they leave and shows them", async ({ page }) => {
  await gotoMatrix(page);
  const category = page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true });
  await expect(category).toBeHidden();
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await toggle.tap();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  await expect(sheet).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(sheet.getByRole("button", { name: `Show ${data.issues.length} issues` })).toBeVisible();

  await sheet.getByRole("radio", { name: "Where they diverge" }).tap();
  const diverging = data.issues.filter((i) => agreementOf(cellsOf(i, defaultPositions).map((c) => c.stance)) === "diverge");
  expect(diverging.length).toBeLessThan(data.issues.length);
  const show = sheet.getByRole("button", { name: `Show ${diverging.length} ${diverging.length === 1 ? "issue" : "issues"}` });
  await expect(show).toBeVisible();
  // The sheet covers the results: the filter's effect is told in the sheet itself.
  const box = (await sheet.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(844 - 2);

  await show.tap();
  await expect(sheet).toBeHidden();
  await expect.poll(() => rowSlugs(page)).toEqual(diverging.map((i) => i.slug));
  await expect(status(page)).toBeInViewport();
  await expect(toggle).toHaveText("Filters (1)");
});

test("Back on the evidence sheet closes it and keeps the view", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByRole("button", { name: /^Filters/ }).tap();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  await sheet.getByRole("radio", { name: "Where they diverge" }).tap();
  await sheet.getByRole("button", { name: /^Show \d+ issues?$/ }).tap();
  await expect.poll(() => new URL(page.url()).searchParams.get("show")).toBe("diverge");
  const filtered = await rowSlugs(page);
  const filteredUrl = page.url();

  const issue = data.issues.find((i) => filtered.includes(i.slug))!;
  const position = shown.find((p) => issue.cells[p.slug]!.citations.length > 0)!;
  await page.locator(`[data-nav="${issue.slug}.${position.slug}"]`).tap();
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get("cell")).toBe(`${issue.slug}.${position.slug}`);

  await page.goBack();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(filteredUrl);
  await expect.poll(() => rowSlugs(page)).toEqual(filtered);
  await expect(page.getByRole("button", { name: /^Filters/ })).toHaveText("Filters (1)");

  // Closing it by its own button goes back as well, so no entry is left behind.
  await page.locator(`[data-nav="${issue.slug}.${position.slug}"]`).tap();
  await expect(dialog).toBeVisible();
  const length = await page.evaluate(() => history.length);
  await dialog.getByRole("button", { name: /Close/ }).tap();
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.url()).toBe(filteredUrl);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("show")).toBeNull();
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test("the header's links and the source reader's passage numbers are targets at least 24 px high and wide", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  expect(await links.count()).toBeGreaterThan(1);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(24);
    expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(24);
  }
  const cited = data.issues.flatMap((i) => Object.values(i.cells)).flatMap((c) => c.citations)[0]!;
  await page.goto(`/sources/${cited.source}`);
  const numbers = page.getByRole("complementary").getByRole("link", { name: /^Passage \d+$/ });
  expect(await numbers.count()).toBeGreaterThan(0);
  for (const link of (await numbers.all()).slice(0, 10)) {
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
});
