/** Every matrix view is a link: reload, back/forward and a copied address restore it exactly. */
import { test, expect } from "./fixtures";
import { data, gotoMatrix, issueRows, rowSlugs, searchBox, snapshot } from "./matrix-helpers";

/** Builds a view with several settings through the UI, as a user would. */
async function buildView(page: import("@playwright/test").Page) {
  await gotoMatrix(page);
  await page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true }).check();
  await page.getByRole("checkbox", { name: data.categories[1]!.title, exact: true }).check();
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Title, Z to A" });
  await page.getByRole("button", { name: /^Positions/ }).click();
  await page.getByRole("checkbox", { name: data.positions[0]!.label }).uncheck();
  await page.getByRole("button", { name: `Move ${data.positions.at(-1)!.label} earlier` }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("checkbox", { name: "Supports" }).check();
  await expect(issueRows(page).first()).toBeVisible();
}

test("a copied address reproduces the view in a new browser", async ({ page, browser }) => {
  await buildView(page);
  const before = await snapshot(page);
  expect(before.path).not.toBe("");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await gotoMatrix(other, page.url());
  expect(await snapshot(other)).toEqual(before);
  expect(errors).toEqual([]);
  await fresh.close();
});

test("reloading keeps the view, including a search just typed", async ({ page }) => {
  await buildView(page);
  await searchBox(page).fill(data.issues[0]!.title.split(" ")[0]!);
  const before = await snapshot(page);
  await page.reload();
  await expect(page.locator("[data-matrix-ready]")).toBeAttached();
  expect(await snapshot(page)).toEqual(before);
});

test("back and forward step through views", async ({ page }) => {
  await gotoMatrix(page);
  const views = [await snapshot(page)];
  await page.getByRole("radio", { name: "Where they diverge" }).check();
  await expect.poll(() => new URL(page.url()).search).toContain("show=diverge");
  views.push(await snapshot(page));
  await page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true }).check();
  await expect.poll(() => new URL(page.url()).search).toContain("cat=");
  views.push(await snapshot(page));
  await page.getByRole("button", { name: "Compare two" }).click();
  await expect.poll(() => new URL(page.url()).search).toContain("compare=");
  views.push(await snapshot(page));

  for (let i = views.length - 2; i >= 0; i--) {
    await page.goBack();
    await expect.poll(() => snapshot(page)).toEqual(views[i]);
  }
  for (let i = 1; i < views.length; i++) {
    await page.goForward();
    await expect.poll(() => snapshot(page)).toEqual(views[i]);
  }
});

test("unknown and malformed settings are ignored without error", async ({ page }) => {
  await gotoMatrix(page);
  const plain = await snapshot(page);
  await gotoMatrix(page, "/?cols=nobody,,&cat=moon&stance=%E0%A4%A&show=some&sort=height&dir=up&fold=x&compare=a&cell=no.where&utm_source=x");
  expect({ ...(await snapshot(page)), path: "" }).toEqual({ ...plain, path: "" });
});

test("the default view's address is the bare page, and resetting returns to it", async ({ page }) => {
  await gotoMatrix(page, `/?show=agree&q=${encodeURIComponent(data.issues[0]!.title)}`);
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect.poll(() => rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
});

test("an address with an open cell opens its evidence", async ({ page }) => {
  const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 1)) ?? data.issues[0]!;
  const position = data.positions.find((p) => issue.cells[p.slug]!.citations.length > 0) ?? data.positions[0]!;
  await gotoMatrix(page, `/?cell=${issue.slug}.${position.slug}`);
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(position.label);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect(page.locator(`[data-nav="${issue.slug}.${position.slug}"]`)).toBeFocused();
});

test("the header's Matrix link returns to the whole matrix, and Back to the view", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true }).check();
  const filtered = await snapshot(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matrix", exact: true }).click();
  await expect.poll(() => rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
  expect(new URL(page.url()).search).toBe("");
  await page.goBack();
  await expect.poll(() => snapshot(page)).toEqual(filtered);
});

test("an issue page opened from the matrix carries the view, and Back restores it", async ({ page }) => {
  await gotoMatrix(page, `/?cat=${data.categories[0]!.slug}&show=diverge`);
  const before = await snapshot(page);
  const first = issueRows(page).first().getByRole("rowheader").getByRole("link");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/issues/[^?]+\\${before.path}$`));
  await page.goBack();
  await expect(page.locator("[data-matrix-ready]")).toBeAttached();
  await expect.poll(() => snapshot(page)).toEqual(before);
});
