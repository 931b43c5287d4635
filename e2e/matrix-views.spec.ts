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

/** Records, frame by frame from the first, whether the matrix is painted and how many rows it shows. */
function recordFrames() {
  const frames: { visible: boolean; rows: number; at: number }[] = [];
  (window as unknown as { __frames: typeof frames }).__frames = frames;
  const sample = () => {
    const matrix = document.querySelector<HTMLElement>(".matrix-view");
    if (matrix) {
      const visible = matrix.checkVisibility({ visibilityProperty: true });
      const last = frames.at(-1);
      const rows = matrix.querySelectorAll("tr.issue-row").length;
      if (!last || last.visible !== visible || last.rows !== rows) frames.push({ visible, rows, at: performance.now() });
    }
    if (frames.length < 20 && performance.now() < 15_000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}
const framesOf = (page: import("@playwright/test").Page) =>
  page.evaluate(() => (window as unknown as { __frames: { visible: boolean; rows: number; at: number }[] }).__frames);

test("a shared view's address never paints the default view first", async ({ page }) => {
  const title = data.issues.at(-1)!.title;
  await page.addInitScript(recordFrames);
  await gotoMatrix(page, `/?q=${encodeURIComponent(title)}`);
  const shown = await issueRows(page).count();
  expect(shown).toBeLessThan(data.issues.length);
  // The first frame that paints any row of the table paints the address's rows.
  const painted = (await framesOf(page)).filter((f) => f.visible && f.rows > 0);
  expect(painted.length).toBeGreaterThan(0);
  expect(painted[0]!.rows).toBe(shown);
});

test("the matrix shows anyway, in its default view, when its scripts fail or are off", async ({ browser }) => {
  const failing = await browser.newContext();
  const page = await failing.newPage();
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, (route) => route.abort());
  await page.addInitScript(recordFrames);
  await page.goto("/?show=diverge");
  await expect(page.locator(".matrix-view")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("tr.issue-row")).toHaveCount(data.issues.length);
  const frames = (await framesOf(page)).filter((f) => f.rows > 0);
  // Hidden at first (the address asks for another view), shown after the wait, never ready.
  expect(frames[0]?.visible, JSON.stringify(frames)).toBe(false);
  expect(frames.at(-1)?.visible).toBe(true);
  await expect(page.locator("[data-matrix-ready]")).toHaveCount(0);
  await failing.close();

  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto("/?show=diverge");
  await expect(plain.locator(".matrix-view")).toBeVisible();
  await expect(plain.locator("tr.issue-row")).toHaveCount(data.issues.length);
  await off.close();
});
