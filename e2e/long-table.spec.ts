/**
 * A long table (a synthetic data set past the windowing threshold) renders only the rows near
 * the screen, and scrolling, searching and the status still cover every issue.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { gotoMatrix, issueRows, rowSlugs, searchBox, settled, status } from "./matrix-helpers";
import { loadDataset } from "../lib/load/load";
import { toMatrixData } from "../lib/matrix/data";
import type { Server } from "../scripts/variant/processes";
import { serveVariant } from "../scripts/variant/serve";
import { LONG_ISSUES as ISSUES, longVariant } from "./variants";

test.describe("a long table", () => {
  // One build and one server for the group, so the tests share a worker.
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const long = longVariant();
  const data = () => toMatrixData(loadDataset(long.dataDir));

  test.beforeAll(async () => {
    // Variant builds take turns (scripts/variant/build.ts): this one may wait for two others, then build its own;
    // on a busy 2-core machine each can take five minutes.
    test.setTimeout(900_000);
    server = await serveVariant(long);
  });
  test.afterAll(async () => server?.stop());

  const open = (page: Page) => gotoMatrix(page, `${server.url}/`);

  test("renders only the rows near the screen, and says how many there are", async ({ page }) => {
    await open(page);
    // The overview comes first: bring the table to the screen.
    await page.locator(".matrix-scroll").scrollIntoViewIfNeeded();
    await expect.poll(() => issueRows(page).count()).toBeGreaterThan(0);
    const rendered = await issueRows(page).count();
    expect(rendered).toBeLessThan(ISSUES / 2);
    // Screen readers still learn the table's full size: every issue and heading, plus the header row.
    const items = ISSUES + data().categories.length;
    await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(items + 1));
    await expect(status(page)).toContainText(`Showing ${ISSUES} of ${ISSUES} issues`);
  });

  test("scrolling to the end brings the last issue in, with its measured place", async ({ page }) => {
    await open(page);
    const last = data().issues.at(-1)!.slug;
    expect(await rowSlugs(page)).not.toContain(last);
    // The table scrolls with the page (or, where the browser cannot keep its heading row in sight
    // that way, in a box of its own): scroll whichever holds it to the end.
    await expect.poll(async () => {
      await page.evaluate(() => {
        const box = document.querySelector(".matrix-scroll")!;
        box.scrollTo(0, box.scrollHeight);
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      return rowSlugs(page);
    }).toContain(last);
    await expect(issueRows(page).filter({ has: page.locator(`a[href^="/issues/${last}"]`) })).toBeInViewport();
  });

  test("a search is answered over every issue, not just the rendered ones", async ({ page }) => {
    await open(page);
    const last = data().issues.at(-1)!;
    await searchBox(page).fill(last.title);
    await settled(page);
    await expect(status(page)).toContainText("Showing 1 of");
    expect(await rowSlugs(page)).toEqual([last.slug]);
  });
});
