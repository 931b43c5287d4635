/**
 * Which edition of the data a reader sees: the footer on every page, the line under the
 * matrix title, the feed in every page's head, and the version in data.json and file names.
 * Expectations come from the release log and the data, never from hard-coded content.
 */
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { formatPartialDate } from "../lib/format";
import { loadPublication } from "../lib/release/load";

const data = loadDataset();
const { edition, releases } = loadPublication();
const latest = releases.at(-1)!;
const ROUTES = ["/", "/issues", `/issues/${data.issues[0]!.slug}`, "/sources", `/sources/${data.sources[0]!.id}`, "/timeline", "/about", "/export", "/changes", "/no-such-page"];

test("there is a release, and the edition names it", () => {
  expect(latest, "data/releases.yaml lists at least one release").toBeDefined();
  expect(edition.release).toEqual({ version: latest.version, date: latest.date });
});

test("every page has a footer naming the data's as-of date, version and release date, and links the feed in its head", async ({ page, consoleErrors }) => {
  const words = [`Data as of ${formatPartialDate(edition.asOf)}`, `version ${latest.version}`, `released ${formatPartialDate(latest.date)}`];
  for (const route of ROUTES) {
    await page.goto(route);
    const footer = page.getByRole("contentinfo");
    for (const w of words) await expect(footer, `${route}: ${w}`).toContainText(w);
    await expect(footer.getByRole("link", { name: "What changed" }), route).toHaveAttribute("href", "/changes");
    await expect(footer.getByRole("link", { name: "Method" }), route).toHaveAttribute("href", "/about#method");
    await expect(footer.getByRole("link", { name: "CC BY 4.0" }), route).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
    // The site's feed; an issue page links its own feed beside it.
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"][href="/changes.atom"]'), route).toHaveCount(1);
  }
  // The browser reports the 404 page's own status as a failed load: expected here, and nothing else.
  const notFound = consoleErrors.findIndex((e) => e.includes("404 (Not Found)") && e.includes("/no-such-page"));
  if (notFound >= 0) consoleErrors.splice(notFound, 1);
});

test("the matrix names its edition under its title, and the links lead to the changes and the method", async ({ page }) => {
  await page.goto("/");
  const line = page.getByRole("main").getByText(`Data as of ${formatPartialDate(edition.asOf)}`);
  await expect(line).toContainText(`version ${latest.version}`);
  await line.getByRole("link", { name: "Method" }).click();
  await expect(page).toHaveURL(/\/about#method$/);
  await expect(page.getByRole("heading", { name: "How stances are coded and reviewed" })).toBeInViewport();
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "What changed" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("data.json names the version, its release date and the as-of date; the whole-dataset files are named by the version", async ({ request }) => {
  const doc = await (await request.get("/export/data.json")).json();
  expect(doc.edition).toEqual({ version: latest.version, released: latest.date, asOf: edition.asOf, unreleasedChanges: edition.unreleased });
  for (const [path, name] of [
    ["/export/matrix.csv", `positions-matrix-${latest.version}.csv`],
    ["/export/cells.csv", `positions-cells-${latest.version}.csv`],
    [`/export/positions-matrix-${latest.version}.zip`, `positions-matrix-${latest.version}.zip`],
  ]) {
    const res = await request.get(path!);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-disposition"], path).toBe(`attachment; filename="${name}"`);
  }
  expect((await request.get("/export/positions-matrix-0000.01.1.zip")).status()).toBe(404);
});

test("the matrix's Download CSV names the version before the export date", async ({ page }) => {
  await page.goto("/");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
  expect(download.suggestedFilename()).toBe(`positions-matrix-${latest.version}-${today}.csv`);
});

test("the export page describes the dataset as a schema.org Dataset, with its version, licence, creator and downloads", async ({ page, request }) => {
  await page.goto("/export");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const dataset = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "Dataset");
  expect(dataset).toMatchObject({ "@context": "https://schema.org", version: latest.version, license: "https://creativecommons.org/licenses/by/4.0/", creator: { "@type": "Organization" } });
  for (const d of dataset.distribution) expect((await request.get(new URL(d.contentUrl).pathname)).status(), d.contentUrl).toBe(200);
  await expect(page.getByRole("link", { name: "Everything in one download" })).toHaveAttribute("href", `/export/positions-matrix-${latest.version}.zip`);
});
