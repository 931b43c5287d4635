/**
 * "Cite this" for the dataset, an issue and a cell: APA, Chicago, BibTeX and CSL-JSON, each
 * with the version, the stable address and today's date, copied with one click; the citation
 * library loads only when the dialog opens.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadPublication } from "../lib/release/load";
import { gotoMatrix } from "./matrix-helpers";

const { data, edition } = loadPublication();
const version = edition.release!.version;
const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 0))!;
const position = data.positions.find((p) => issue.cells[p.slug]!.citations.length > 0)!;

/** "December 3, 2026": today as the styles write it, in the browser's time zone. */
const todayWords = (page: Page) => page.evaluate(() => new Date().toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }));

/** Opens the dialog from its button and checks all four formats, returning the dialog. */
async function expectCitations(page: Page, button: Locator, path: string): Promise<Locator> {
  await button.click();
  const dialog = page.getByRole("dialog", { name: /^Cite / });
  await expect(dialog).toBeVisible();
  const format = (name: string) => dialog.getByRole("region", { name: new RegExp(`^${name}`) }).locator("pre");
  // The citation library loads now, on a loaded machine perhaps slowly.
  await expect(format("APA")).toBeVisible({ timeout: 30_000 });
  const today = await todayWords(page);
  const address = (text: string) => text.includes(`${path}`);
  for (const name of ["APA", "Chicago"]) {
    const text = await format(name).innerText();
    expect(text, name).toContain(version);
    expect(text, name).toContain(today);
    expect(address(text), `${name} names ${path}`).toBe(true);
  }
  const bibtex = await format("BibTeX").innerText();
  expect(bibtex).toMatch(/^@dataset\{/);
  expect(bibtex).toContain(`version = {${version}}`);
  expect(bibtex).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
  const [item] = JSON.parse(await format("CSL-JSON").innerText());
  expect(item).toMatchObject({ type: "dataset", version });
  expect(new URL(item.URL).pathname + new URL(item.URL).hash).toBe(path);
  expect(item.accessed["date-parts"][0]).toHaveLength(3);
  return dialog;
}

test.describe("Cite this", () => {
  test("the dataset, from the footer of any page; the library loads only when the dialog opens", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto("/sources");
    await page.waitForLoadState("networkidle");
    const before = scripts.length;
    const dialog = await expectCitations(page, page.getByRole("contentinfo").getByRole("button", { name: /^Cite this dataset/ }), "/");
    expect(scripts.length, "scripts loaded by opening the dialog").toBeGreaterThan(before);

    await dialog.getByRole("button", { name: "Copy APA" }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await dialog.getByRole("region", { name: /^APA/ }).locator("pre").innerText());

    const { violations } = await new AxeBuilder({ page }).include("dialog[open]").analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("an issue, from its page", async ({ page }) => {
    await page.goto(`/issues/${issue.slug}`);
    await expectCitations(page, page.getByRole("button", { name: `Cite this: “${issue.title}”` }), `/issues/${issue.slug}`);
  });

  test("a cell, from its issue page and from the evidence panel, which stays open under the dialog", async ({ page }) => {
    await page.goto(`/issues/${issue.slug}`);
    const name = `Cite this: ${position.label} on “${issue.title}”`;
    await expectCitations(page, page.getByRole("button", { name }), `/issues/${issue.slug}#${position.slug}`);

    await gotoMatrix(page, `/?cell=${issue.slug}.${position.slug}`);
    const panel = page.getByRole("dialog", { name: issue.title, exact: true });
    await expect(panel).toBeVisible();
    const dialog = await expectCitations(page, panel.getByRole("button", { name }), `/issues/${issue.slug}#${position.slug}`);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(panel).toBeVisible();
    await panel.getByRole("button", { name }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(panel).toBeVisible();
    expect(new URL(page.url()).searchParams.get("cell")).toBe(`${issue.slug}.${position.slug}`);
  });
});
