/**
 * Code that only an action needs loads with that action: the matrix downloads its evidence panel
 * and the Cite dialog when they first open, and the pinned matrix never downloads the matrix's own
 * code (the header's links prefetch on intent). The budget itself is `npm run bench`'s; these
 * check the behaviour that keeps the page within it, and that the panels still work.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadPublication } from "../lib/release/load";
import { data, gotoMatrix } from "./matrix-helpers";

const { edition } = loadPublication();

/** Every script the page downloads from now on, by path. */
function recordScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.add(new URL(r.url()).pathname);
  });
  return scripts;
}

/** The scripts a page's HTML names: what it needs to start, without what it prefetches. */
async function htmlScripts(page: Page, path: string): Promise<Set<string>> {
  const html = await (await page.request.get(path)).text();
  return new Set(html.match(/\/_next\/static\/chunks\/[^"'\s]+\.js/g) ?? []);
}

const cited = data.issues.flatMap((i) => data.positions.filter((p) => (i.cells[p.slug]?.citations.length ?? 0) > 0).map((p) => `${i.slug}.${p.slug}`))[0]!;

test("the evidence panel and the Cite dialog download their code when first opened, and work", async ({ page }) => {
  const scripts = recordScripts(page);
  await gotoMatrix(page, "/");
  await page.waitForLoadState("networkidle");
  const atLoad = new Set(scripts);
  const added = (since: Set<string>) => [...scripts].filter((s) => !since.has(s)).length;

  await page.locator(`[data-nav="${cited}"]`).first().click();
  const panel = page.getByRole("dialog").filter({ has: page.locator("#evidence-title") });
  await expect(panel).toBeVisible();
  await expect(panel.locator("blockquote").first()).toBeVisible();
  expect(added(atLoad), "scripts the evidence panel loaded").toBeGreaterThan(0);
  await panel.getByRole("button", { name: /^Close/ }).click();
  await expect(panel).toBeHidden();

  const beforeCite = new Set(scripts);
  await page.locator("#main").getByRole("button", { name: "Cite this dataset: the whole dataset" }).click();
  const cite = page.getByRole("dialog", { name: "Cite the whole dataset" });
  await expect(cite).toBeVisible();
  await expect(cite.getByRole("region", { name: /^APA/ })).toContainText(edition.release!.version, { timeout: 30_000 });
  expect(added(beforeCite), "scripts the Cite dialog loaded").toBeGreaterThan(0);
  await cite.getByRole("button", { name: "Close" }).click();
  await expect(cite).toBeHidden();
  // Opened again, it is the same dialog, at once.
  await page.locator("#main").getByRole("button", { name: "Cite this dataset: the whole dataset" }).click();
  await expect(cite.getByRole("region", { name: /^APA/ })).toBeVisible();
});

test("the pinned matrix downloads none of the matrix page's own code", async ({ page }) => {
  const version = edition.release!.version;
  const [matrix, about] = await Promise.all([htmlScripts(page, "/"), htmlScripts(page, "/about")]);
  const matrixOnly = [...matrix].filter((s) => !about.has(s));
  expect(matrixOnly.length, "scripts only the matrix page names").toBeGreaterThan(0);

  const scripts = recordScripts(page);
  await page.goto(`/v/${version}`);
  await page.waitForLoadState("networkidle");
  expect(scripts.size).toBeGreaterThan(0);
  expect([...scripts].filter((s) => matrixOnly.includes(s))).toEqual([]);
});
