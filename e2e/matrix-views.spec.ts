/** Every matrix view is a link: reload, back/forward and a copied address restore it exactly. */
import { test, expect } from "./fixtures";
import { issueHref } from "../lib/site/links";
import { MAX_QUERY_LENGTH, parseView, serializeView, viewContext } from "../lib/matrix/view";
import { data, defaultPositions, gotoMatrix, issueRows, positionHeaders, rowSlugs, searchBox, settled, snapshot } from "./matrix-helpers";

const labelOf = (slug: string) => data.positions.find((p) => p.slug === slug)!.label;

/** Builds a view with several settings through the UI, as a user would. */
async function buildView(page: import("@playwright/test").Page) {
  await gotoMatrix(page);
  await page.getByRole("checkbox", { name: data.categories[0]!.title, exact: true }).check();
  await page.getByRole("checkbox", { name: data.categories[1]!.title, exact: true }).check();
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Title, Z to A" });
  await page.getByRole("button", { name: /^Positions/ }).click();
  await page.getByRole("checkbox", { name: labelOf(defaultPositions[0]!) }).uncheck();
  await page.getByRole("checkbox", { name: data.positions.at(-1)!.label }).check();
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

test("a search is cut at its longest, in the box as in the address", async ({ page }) => {
  await gotoMatrix(page);
  await searchBox(page).fill("x".repeat(MAX_QUERY_LENGTH + 50));
  await expect(searchBox(page)).toHaveValue("x".repeat(MAX_QUERY_LENGTH));
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("x".repeat(MAX_QUERY_LENGTH));
});

test("unknown and malformed settings are ignored without error", async ({ page }) => {
  await gotoMatrix(page);
  const plain = await snapshot(page);
  await gotoMatrix(page, "/?cols=nobody,,&cat=moon&stance=%E0%A4%A&show=some&sort=height&dir=up&fold=x&compare=a&cell=no.where&utm_source=x");
  expect({ ...(await snapshot(page)), path: "" }).toEqual({ ...plain, path: "" });
});

test("the default view's address is the bare page, and resetting returns to it", async ({ page }) => {
  await gotoMatrix(page, `/?show=agree&q=${encodeURIComponent(data.issues[0]!.title)}`);
  const searched = await snapshot(page);
  expect(searched.search).toBe(data.issues[0]!.title);
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect.poll(() => rowSlugs(page)).toEqual(data.issues.map((i) => i.slug));
  // The box is written by the view, not only by typing: reset empties it, and Back puts the search back.
  await expect(searchBox(page)).toHaveValue("");
  await page.goBack();
  await expect.poll(() => snapshot(page)).toEqual(searched);
});

test("an address with an open cell opens its evidence, and closing it keeps that address's view", async ({ page }) => {
  const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 1)) ?? data.issues[0]!;
  const position = data.positions.find((p) => defaultPositions.includes(p.slug) && issue.cells[p.slug]!.citations.length > 0)!;
  await gotoMatrix(page, `/?cols=${defaultPositions.join(",")}&cell=${issue.slug}.${position.slug}`);
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(position.label);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect(page.locator(`[data-nav="${issue.slug}.${position.slug}"]`)).toBeFocused();

  // An address from before the default columns names no columns: it shows every one, the cell's among them.
  const hidden = data.positions.find((p) => !defaultPositions.includes(p.slug) && issue.cells[p.slug]!.citations.length > 0) ?? position;
  await gotoMatrix(page, `/?cell=${issue.slug}.${hidden.slug}`);
  await expect(page.getByRole("dialog", { name: issue.title })).toContainText(hidden.label);
  expect(await positionHeaders(page)).toEqual(data.positions.map((p) => p.label));
  await page.keyboard.press("Escape");
  await expect.poll(() => new URL(page.url()).search).toBe(`?cols=${data.positions.map((p) => p.slug).join(",")}`);
  await expect(page.locator(`[data-nav="${issue.slug}.${hidden.slug}"]`)).toBeFocused();
});

test("opening evidence is a history entry: Back closes it and keeps the view, Forward opens it again", async ({ page }) => {
  await gotoMatrix(page);
  await page.getByRole("radio", { name: "Where they agree" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("show")).toBe("agree");
  const view = await snapshot(page);
  const first = issueRows(page).first().locator("td.matrix-cell button").first();
  await first.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get("cell")).not.toBeNull();
  await page.goBack();
  await expect(dialog).toBeHidden();
  expect(await snapshot(page)).toEqual(view);
  await page.goForward();
  await expect(dialog).toBeVisible();
});

test("the plain matrix shows the default columns, and every other one is a click away", async ({ page }) => {
  await gotoMatrix(page);
  expect(defaultPositions.length).toBeLessThan(data.positions.length);
  expect(await positionHeaders(page)).toEqual(defaultPositions.map(labelOf));
  await page.getByRole("button", { name: /^Positions/ }).click();
  for (const p of data.positions) await expect(page.getByRole("checkbox", { name: p.label })).toBeChecked({ checked: defaultPositions.includes(p.slug) });
  const extra = data.positions.find((p) => !defaultPositions.includes(p.slug))!;
  await page.getByRole("checkbox", { name: extra.label }).check();
  await expect.poll(() => positionHeaders(page)).toContain(extra.label);
  await page.getByRole("button", { name: "Show all in the original order" }).click();
  await expect.poll(() => positionHeaders(page)).toEqual(data.positions.map((p) => p.label));
  await page.keyboard.press("Escape");
  // Cols in the address wins; resetting returns to the defaults.
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect.poll(() => positionHeaders(page)).toEqual(defaultPositions.map(labelOf));
  expect(new URL(page.url()).search).toBe("");
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
  const slug = (await rowSlugs(page))[0]!;
  // The link names the columns the address left implicit (every one, for an address without them).
  const carried = serializeView(parseView(before.path, viewContext(data)), viewContext(data));
  await first.click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === issueHref(slug, undefined, carried));
  await page.goBack();
  await expect(page.locator("[data-matrix-ready]")).toBeAttached();
  await expect.poll(() => snapshot(page)).toEqual(before);
});

test("an issue page opened after typing a search carries the search", async ({ page }) => {
  await gotoMatrix(page);
  await searchBox(page).pressSequentially("frozen");
  await settled(page);
  const first = issueRows(page).first().getByRole("rowheader").getByRole("link");
  const slug = (await rowSlugs(page))[0]!;
  // The address a new tab or a copied link gets, then where a click goes.
  await expect(first).toHaveAttribute("href", /[?&]q=frozen(&|$)/);
  await first.click();
  await expect(page).toHaveURL((url) => url.pathname === `/issues/${slug}` && url.searchParams.get("q") === "frozen");
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

test("a shared view's address is never hidden: the prerendered matrix shows, then the address's rows", async ({ page }) => {
  const title = data.issues.at(-1)!.title;
  await page.addInitScript(recordFrames);
  await gotoMatrix(page, `/?q=${encodeURIComponent(title)}`);
  const shown = await issueRows(page).count();
  expect(shown).toBeLessThan(data.issues.length);
  // The address's view is applied in the browser over the prerendered page, which no script hides meanwhile.
  const frames = (await framesOf(page)).filter((f) => f.rows > 0);
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.every((f) => f.visible), JSON.stringify(frames)).toBe(true);
  expect(frames.at(-1)!.rows).toBe(shown);
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
  // Never hidden, though the address asks for another view; never ready, as no script ran.
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.every((f) => f.visible), JSON.stringify(frames)).toBe(true);
  await expect(page.locator("[data-matrix-ready]")).toHaveCount(0);
  await failing.close();

  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto("/?show=diverge");
  await expect(plain.locator(".matrix-view")).toBeVisible();
  await expect(plain.locator("tr.issue-row")).toHaveCount(data.issues.length);
  await off.close();
});
