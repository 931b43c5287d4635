/**
 * "Report an error" on every cell and issue: a prefilled report (the address, the stance, the
 * version). Without a configured address (the real build), it unfolds into the report and says
 * where to send it. With one, it links to the form: changes.spec.ts tests that on its variant
 * build, which is built with REPORT_ERRORS_TO (one build serves both).
 */
import { test, expect } from "./fixtures";
import { STANCE_INFO } from "../lib/data/vocab";
import { loadPublication } from "../lib/release/load";
import { gotoMatrix } from "./matrix-helpers";

const { data, edition } = loadPublication();
const version = edition.release!.version;
const issue = data.issues[0]!;
const position = data.positions[0]!;
const cell = issue.cells[position.slug]!;

test.describe("without a configured address", () => {
  test("every cell and the issue on an issue page unfold into a prefilled report and say how to send it", async ({ page }) => {
    await page.goto(`/issues/${issue.slug}`);
    const reports = page.getByRole("main").getByText(/^Report an error/);
    await expect(reports).toHaveCount(data.positions.length + 1);
    const card = page.locator(`[id="${position.slug}"]`);
    await card.getByText(/^Report an error/).click();
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
    await panel.getByText(/^Report an error/).click();
    await expect(panel.locator("details[open] pre")).toContainText(`Stance shown: ${STANCE_INFO[cell.stance].label}`);
  });

  test("the About page says no repository address is configured", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { name: "Repository" })).toBeVisible();
    await expect(page.getByText("No public repository address is configured for this copy of the site.")).toBeVisible();
  });
});
