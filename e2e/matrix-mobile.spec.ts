/** Below 768 px the matrix is one card per issue, the positions stacked in it. */
import { test, expect } from "./fixtures";
import { data, gotoMatrix, issueRows, rowSlugs } from "./matrix-helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("each issue is a card with its positions stacked, labelled, and nothing scrolls sideways", async ({ page }) => {
  await gotoMatrix(page);
  expect(await rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
  for (const row of (await issueRows(page).all()).slice(0, 3)) {
    const card = (await row.boundingBox())!;
    expect(card.width).toBeLessThanOrEqual(390);
    const cells = row.locator("td.matrix-cell");
    await expect(cells).toHaveCount(data.positions.length);
    let previousBottom = -Infinity;
    for (const [i, position] of data.positions.entries()) {
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

test("filters fold behind a button, and a tap on a card's cell opens its evidence", async ({ page }) => {
  await gotoMatrix(page);
  const category = page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true });
  await expect(category).toBeHidden();
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await toggle.tap();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(category).toBeVisible();

  const issue = data.issues[0]!;
  const position = data.positions.find((p) => issue.cells[p.slug]!.citations.length > 0)!;
  await page.locator(`[data-nav="${issue.slug}.${position.slug}"]`).tap();
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await dialog.getByRole("button", { name: /Close/ }).tap();
  await expect(dialog).toBeHidden();
});
