import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { shownSummary } from "../lib/data/vocab";
import { letters, squash } from "./matrix-helpers";
import { expectClosestIssues } from "./missing-issue";

const data = loadDataset();
const citedCells = data.issues.flatMap((issue) =>
  data.positions.flatMap((p) => {
    const cell = issue.cells[p.slug];
    return cell && cell.citations.length > 0 ? [{ issue, position: p, cell }] : [];
  }),
);
const sample = citedCells[Math.floor(citedCells.length / 2)]!;

/** A fresh browser context, as when a shared link is opened: no history, no cache, no cookies. */
async function coldPage(browser: Browser, expectedErrors: RegExp[] = []) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !expectedErrors.some((e) => e.test(m.text()))) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The path and query of a URL the page names (its origin is SITE_URL at build time, maybe not ours). */
async function metaPath(page: Page, selector: string) {
  const content = await page.locator(selector).getAttribute("content");
  expect(content, selector).toBeTruthy();
  const url = new URL(content!);
  return `${url.pathname}${url.search}`;
}

test("a deep link to a cell, opened cold, shows the issue and scrolls to the position", async ({ browser }) => {
  const { page, errors, close } = await coldPage(browser);
  const response = await page.goto(`/issues/${sample.issue.slug}#${sample.position.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sample.issue.title);
  await expect(page).toHaveTitle(new RegExp(sample.issue.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  const cell = page.locator(`#${sample.position.slug}`);
  await expect(cell).toBeInViewport();
  await expect(cell.getByRole("heading", { level: 3 })).toContainText(sample.position.label);
  await expect(cell).toContainText(squash(sample.cell.summary));
  expect(errors).toEqual([]);
  await close();
});

// One test per issue, so the time each test may take does not grow with the data.
for (const issue of data.issues) {
  test(`the issue page of ${issue.slug} shows its proposition and every position's stance in words`, async ({ page }) => {
    const response = await page.goto(`/issues/${issue.slug}`);
    expect(response?.status(), issue.slug).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(issue.title);
    await expect(page.getByRole("main")).toContainText(issue.proposition);
    for (const p of data.positions) {
      const cell = issue.cells[p.slug]!;
      const section = page.locator(`section#${p.slug}`);
      await expect(section).toContainText(squash(shownSummary(cell.summary)));
      await expect(section.getByRole("listitem")).toHaveCount(cell.citations.length);
    }
    const events = data.events.filter((e) => e.issues.includes(issue.slug));
    for (const e of events) await expect(page.getByRole("link", { name: e.title, exact: true })).toHaveAttribute("href", `/timeline#${e.id}`);
  });
}

test("a position anchor on the page moves to that position's cell", async ({ page }) => {
  await page.goto(`/issues/${sample.issue.slug}`);
  const agreement = page.getByRole("region", { name: "Where the positions agree and differ" });
  const last = data.positions.at(-1)!;
  await agreement.getByRole("link", { name: last.shortLabel, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${last.slug}$`));
  await expect(page.locator(`#${last.slug}`)).toBeInViewport();
});

test("a cell's citation leads in one click to its highlighted passage, in view and emphasised", async ({ page }) => {
  await page.goto(`/issues/${sample.issue.slug}`);
  const citation = sample.cell.citations[0]!;
  const source = data.sources.find((s) => s.id === citation.source)!;
  const evidence = page.locator(`#${sample.position.slug}`).getByRole("listitem").first();
  await evidence.getByRole("link", { name: source.title }).click();
  const id = `q-${citation.start}-${citation.end}`;
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}#${id}$`));
  const mark = page.locator(`mark#${id}`);
  await expect(mark).toBeInViewport();
  const pieces = await page.locator(`mark[data-q="${id}"]`).allTextContents();
  // A passage that overlaps another is split into pieces, not always at a space: compare the letters.
  expect(letters(pieces.join(""))).toBe(letters(citation.quote));
  // :target styling: the arrived-at passage is outlined.
  await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
});

test("a former slug answers with a permanent redirect to the issue", async ({ page, request }) => {
  const renamed = data.issues.find((i) => i.aliases.length > 0);
  test.skip(!renamed, "no issue in data/ has an alias yet; lib/issue-lookup.test.ts covers the lookup");
  const alias = renamed!.aliases[0]!;
  const response = await request.get(`/issues/${alias}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(`/issues/${renamed!.slug}`);
  await page.goto(`/issues/${alias}#${sample.position.slug}`);
  await expect(page).toHaveURL(new RegExp(`/issues/${renamed!.slug}#${sample.position.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed!.title);
});

test("an unknown slug answers 404 and suggests the closest issues", async ({ browser }) => {
  const { page, errors, close } = await coldPage(browser, [/status of 404/]);
  await expectClosestIssues(page, data);
  expect(errors).toEqual([]);
  await close();
});

test("a hostile slug is echoed as text, never as markup", async ({ browser }) => {
  const { page, errors, close } = await coldPage(browser, [/status of 404/]);
  const hostile = `<img src=x onerror="document.title='pwned'">`;
  const response = await page.goto(`/issues/${encodeURIComponent(hostile)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: `Nothing is called “${hostile}”` })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
  expect(errors).toEqual([]);
  await close();
});

for (const issue of data.issues) {
  test(`the preview image of ${issue.slug} is a 1200×630 PNG, named in its Open Graph and Twitter tags`, async ({ page, request }) => {
    await page.goto(`/issues/${issue.slug}`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const path = await metaPath(page, selector);
      expect(path).toContain(`/issues/${issue.slug}/`);
      const image = await request.get(path);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
    }
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", issue.title);
    expect(await metaPath(page, 'meta[property="og:url"]')).toBe(`/issues/${issue.slug}`);
  });
}

for (const path of ["/issues", "/timeline", "/sources", "/about", `/issues/${sample.issue.slug}`, `/sources/${data.sources[0]!.id}`]) {
  test(`${path} names its canonical address`, async ({ page }) => {
    await page.goto(path);
    const href = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(href!).pathname, path).toBe(path);
  });
}

test("the sitemap lists every issue and source page, and robots.txt points to it", async ({ request }) => {
  // It requests every page it lists: allow a few seconds for each on a busy machine.
  test.setTimeout(30_000 + (data.issues.length + data.sources.length) * 2_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const expected = [
    "/",
    "/timeline",
    "/sources",
    "/about",
    ...data.issues.map((i) => `/issues/${i.slug}`),
    ...data.sources.map((s) => `/sources/${s.id}`),
  ];
  for (const path of expected) expect(listed, path).toContain(path);
  for (const path of listed) expect((await request.get(path)).status(), path).toBe(200);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
});

test("the matrix's view settings survive the trip to an issue and back", async ({ page }) => {
  const query = "stance=rejects&cols=us-28-point-plan,russia&q=don+bas";
  await page.goto(`/issues/${sample.issue.slug}?${query}`);
  const back = page.getByRole("link", { name: "Back to the matrix" });
  await expect.poll(async () => new URL((await back.getAttribute("href"))!, "http://x").search.length).toBeGreaterThan(0);
  const href = new URL((await back.getAttribute("href"))!, "http://x");
  expect(href.pathname).toBe("/");
  expect([...href.searchParams]).toEqual([...new URLSearchParams(query)]);
  const pager = page.getByRole("navigation", { name: "Other issues" }).getByRole("link").first();
  expect([...new URL((await pager.getAttribute("href"))!, "http://x").searchParams]).toEqual([...new URLSearchParams(query)]);
  await back.click();
  await page.waitForURL((url) => url.pathname === "/");
  expect([...new URL(page.url()).searchParams]).toEqual([...new URLSearchParams(query)]);
});

test("copy link puts the issue's address, without the view settings, on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/issues/${sample.issue.slug}?stance=rejects#${sample.position.slug}`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.pathname + url.search + url.hash).toBe(`/issues/${sample.issue.slug}#${sample.position.slug}`);
});

test("every timeline event has an anchor and links its quotes to their passages", async ({ page }) => {
  await page.goto("/timeline");
  for (const e of data.events) {
    const item = page.locator(`li#${e.id}`);
    await expect(item.getByRole("heading", { level: 2 })).toContainText(e.title);
    for (const c of e.citations) {
      await expect(item.locator(`a[href="/sources/${c.source}#q-${c.start}-${c.end}"]`).first()).toBeVisible();
    }
  }
});

const citation = sample.cell.citations[0]!;
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of [`/issues/${sample.issue.slug}`, `/sources/${citation.source}#q-${citation.start}-${citation.end}`, "/issues"]) {
      test(`${path} passes axe's checks`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${colorScheme} ${path}`).toEqual([]);
      });
    }
  });
}
