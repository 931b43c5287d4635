/**
 * What changed: the page, the Atom feed, each issue's history and "changed in" in the evidence
 * panel, on the real data (its releases as recorded) and on a variant whose second release
 * changes one cell. The variant is built with a report address and a repository configured, so
 * "Report an error" as a link is tested here too, on the same build.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { formatPartialDate } from "../lib/format";
import { STANCE_INFO } from "../lib/data/vocab";
import { loadPublication, matrixPublication } from "../lib/release/load";
import type { Server } from "../scripts/variant/processes";
import { serveVariant } from "../scripts/variant/serve";
import { changed, releasesVariant, REPORT_URL, REPOSITORY_URL } from "./release-variant";

const publication = loadPublication();
const { releases, data } = publication;

/** The feed, parsed by the browser's own XML parser: each entry's title, link and updated date. */
async function feedEntries(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) throw new Error("the feed is not well-formed XML");
    const feed = doc.documentElement;
    return {
      ns: feed.namespaceURI,
      entries: [...doc.getElementsByTagName("entry")].map((e) => ({
        title: e.getElementsByTagName("title")[0]?.textContent ?? "",
        link: e.getElementsByTagName("link")[0]?.getAttribute("href") ?? "",
        updated: e.getElementsByTagName("updated")[0]?.textContent ?? "",
        content: e.getElementsByTagName("content")[0]?.textContent ?? "",
      })),
    };
  }, xml);
}

test.describe("the real data's releases", () => {
  test("the What changed page lists every release newest first, with its version, date and note", async ({ page }) => {
    await page.goto("/changes");
    const headings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headings).toHaveText([...releases].reverse().map((r) => new RegExp(`^Version ${r.version.replace(/\./g, "\\.")} released ${formatPartialDate(r.date)}$`)));
    for (const r of releases) await expect(page.locator(`[id="v${r.version}"]`)).toContainText(r.note);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test("the Atom feed has one entry per release, newest first, each linking to it on the page", async ({ page }) => {
    await page.goto("/changes");
    const { ns, entries } = await feedEntries(page, "/changes.atom");
    expect(ns).toBe("http://www.w3.org/2005/Atom");
    expect(entries.map((e) => new URL(e.link).pathname + new URL(e.link).hash)).toEqual([...releases].reverse().map((r) => `/changes#v${r.version}`));
    expect(entries.map((e) => e.updated.slice(0, 10))).toEqual([...releases].reverse().map((r) => r.date));
  });

  test("an issue page has a history that names the releases", async ({ page }) => {
    await page.goto(`/issues/${data.issues[0]!.slug}`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toBeVisible();
    const link = history.getByRole("link", { name: /version \d{4}\.\d{2}\.\d+/i }).first();
    await expect(link).toHaveAttribute("href", /^\/changes#v\d{4}\.\d{2}\.\d+$/);
  });
});

test.describe("a release that changed a cell", () => {
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const { v, version, note } = releasesVariant();
  const before = STANCE_INFO[changed.before].label;
  const after = STANCE_INFO[changed.after].label;
  const cellName = `${changed.issue.title} × ${changed.position.label}`;

  test.beforeAll(async () => {
    // Variant builds take turns (see variant-build.ts): this one may wait for two others first.
    test.setTimeout(900_000);
    server = await serveVariant(v);
  });
  test.afterAll(async () => server?.stop());

  test("the What changed page lists the cell, old → new stance, linking to it", async ({ page }) => {
    await page.goto(`${server.url}/changes`);
    const release = page.locator(`[id="v${version}"]`);
    await expect(release).toContainText(note);
    const item = release.getByRole("listitem").filter({ has: page.getByRole("link", { name: cellName }) });
    await expect(item).toContainText(`${before} → ${after}`);
    await item.getByText("Old and new").click();
    await expect(item.getByText("Before")).toBeVisible();
    await item.getByRole("link", { name: cellName }).click();
    await expect(page).toHaveURL(new RegExp(`/issues/${changed.issue.slug}#${changed.position.slug}$`));
    await expect(page.locator(`[id="${changed.position.slug}"]`)).toContainText(after);
  });

  test("the feed's newest entry is the release, listing the cell's change", async ({ page }) => {
    await page.goto(`${server.url}/changes`);
    const { entries } = await feedEntries(page, `${server.url}/changes.atom`);
    expect(entries[0]!.title).toBe(`Version ${version}: ${note}`);
    expect(entries[0]!.content).toContain(`${before} → ${after}`);
    expect(entries).toHaveLength(releases.length + 1);
  });

  test("the issue page's history shows the change with the release's note", async ({ page }) => {
    await page.goto(`${server.url}/issues/${changed.issue.slug}`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("link", { name: `Version ${version}`, exact: true })).toHaveAttribute("href", `/changes#v${version}`);
    await expect(history).toContainText(note);
    // The cell's item inside this release's entry (earlier releases list the cell too).
    const release = history.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Version ${version}`, exact: true }) });
    await expect(release.getByRole("listitem").filter({ hasText: changed.position.label })).toContainText(`${before} → ${after}`);
  });

  test("the evidence panel says the cell changed in that version, and links to it", async ({ page }) => {
    await page.goto(`${server.url}/?cell=${changed.issue.slug}.${changed.position.slug}`);
    const panel = page.getByRole("dialog");
    const link = panel.getByRole("link", { name: `Changed in ${version}` });
    await expect(link).toHaveAttribute("href", `/changes#v${version}`);
    // A cell of the same column that no real release has changed since the first.
    const changedIn = matrixPublication(publication).changedIn;
    const other = data.issues.find((i) => i.slug !== changed.issue.slug && !changedIn.has(`${i.slug}.${changed.position.slug}`))!;
    await page.goto(`${server.url}/?cell=${other.slug}.${changed.position.slug}`);
    await expect(page.getByRole("dialog").getByRole("heading", { name: other.title })).toBeVisible();
    await expect(page.getByRole("dialog").getByText(/^Changed in/)).toHaveCount(0);
  });

  test("with a report address configured, Report an error links to the form, prefilled with the cell's address, stance and version", async ({ page }) => {
    const issue = data.issues[0]!;
    const position = data.positions[0]!;
    await page.goto(`${server.url}/issues/${issue.slug}`);
    const link = page.locator(`[id="${position.slug}"]`).getByRole("link", { name: /^Report an error/ });
    const href = new URL((await link.getAttribute("href"))!);
    expect(href.origin + href.pathname).toBe(new URL(REPORT_URL).origin + new URL(REPORT_URL).pathname);
    expect(href.searchParams.get("template")).toBe("error.yml");
    expect(href.searchParams.get("title")).toBe(`Error in ${issue.title} × ${position.label}`);
    const body = href.searchParams.get("body")!;
    expect(body).toMatch(new RegExp(`Address: \\S+/issues/${issue.slug}#${position.slug}`));
    expect(body).toContain(`Stance shown: ${STANCE_INFO[issue.cells[position.slug]!.stance].label}`);
    expect(body).toContain(`Version: ${version}`);
    await expect(page.getByRole("main").getByRole("link", { name: /^Report an error/ })).toHaveCount(data.positions.length + 1);
  });

  test("with a repository configured, the About page links it", async ({ page }) => {
    await page.goto(`${server.url}/about`);
    await expect(page.getByRole("link", { name: REPOSITORY_URL })).toHaveAttribute("href", REPOSITORY_URL);
  });
});
