/**
 * "Report an error" on every cell and issue: a prefilled report (the address, the stance, the
 * version). Without a configured address (the real build), it unfolds into the report and says
 * where to send it; with one (a variant built with REPORT_ERRORS_TO), it links to the form.
 */
import { test, expect } from "./fixtures";
import { STANCE_INFO } from "../lib/data/vocab";
import { loadPublication } from "../lib/release/load";
import type { Server } from "../scripts/bench/processes";
import { serveVariant } from "../scripts/bench/variant-server";
import { gotoMatrix } from "./matrix-helpers";
import { releasesVariant, REPORT_URL, REPOSITORY_URL } from "./release-variant";

const { data, edition } = loadPublication();
const version = edition.release!.version;
const issue = data.issues[0]!;
const position = data.positions[0]!;
const cell = issue.cells[position.slug]!;

test.describe("without a configured address", () => {
  test("every cell and the issue on an issue page unfold into a prefilled report and say how to send it", async ({ page }) => {
    await page.goto(`/issues/${issue.slug}`);
    const reports = page.getByRole("main").getByText("Report an error", { exact: true });
    await expect(reports).toHaveCount(data.positions.length + 1);
    const card = page.locator(`[id="${position.slug}"]`);
    await card.getByText("Report an error", { exact: true }).click();
    const report = card.locator("details[open]");
    await expect(report).toContainText("No address for reports is set up");
    const body = await report.locator("pre").innerText();
    expect(body).toContain(`What: ${issue.title} × ${position.label}`);
    expect(body).toMatch(new RegExp(`Address: \\S+/issues/${issue.slug}#${position.slug}`));
    expect(body).toContain(`Stance shown: ${STANCE_INFO[cell.stance].label}`);
    expect(body).toContain(`Version: ${version}`);
    await report.getByRole("link", { name: "corrections policy" }).click();
    await expect(page.getByRole("heading", { name: "Corrections" })).toBeInViewport();
  });

  test("the evidence panel has the cell's report too", async ({ page }) => {
    await gotoMatrix(page, `/?cell=${issue.slug}.${position.slug}`);
    const panel = page.getByRole("dialog");
    await panel.getByText("Report an error", { exact: true }).click();
    await expect(panel.locator("details[open] pre")).toContainText(`Stance shown: ${STANCE_INFO[cell.stance].label}`);
  });

  test("the About page says no repository address is configured", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { name: "Repository" })).toBeVisible();
    await expect(page.getByText("No public repository address is configured for this copy of the site.")).toBeVisible();
  });
});

test.describe("with a configured address", () => {
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const { v } = releasesVariant();

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    server = await serveVariant(v);
  });
  test.afterAll(async () => server?.stop());

  test("Report an error links to the form, prefilled with the cell's address, stance and version", async ({ page }) => {
    await page.goto(`${server.url}/issues/${issue.slug}`);
    const link = page.locator(`[id="${position.slug}"]`).getByRole("link", { name: /^Report an error/ });
    const href = new URL((await link.getAttribute("href"))!);
    expect(href.origin + href.pathname).toBe(new URL(REPORT_URL).origin + new URL(REPORT_URL).pathname);
    expect(href.searchParams.get("template")).toBe("error.yml");
    expect(href.searchParams.get("title")).toBe(`Error in ${issue.title} × ${position.label}`);
    const body = href.searchParams.get("body")!;
    expect(body).toMatch(new RegExp(`Address: \\S+/issues/${issue.slug}#${position.slug}`));
    expect(body).toContain("Version: ");
    await expect(page.getByRole("main").getByRole("link", { name: /^Report an error/ })).toHaveCount(data.positions.length + 1);
  });

  test("the About page links the configured repository", async ({ page }) => {
    await page.goto(`${server.url}/about`);
    await expect(page.getByRole("link", { name: REPOSITORY_URL })).toHaveAttribute("href", REPOSITORY_URL);
  });
});
