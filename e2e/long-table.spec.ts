/**
 * A long table (a synthetic data set past the windowing threshold) renders only the rows near
 * the screen, and scrolling, searching and the status still cover every issue.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { gotoMatrix, issueRows, rowSlugs, searchBox, settled, status, tmpDataDir } from "./matrix-helpers";
import { loadDataset } from "../lib/data/load";
import { toMatrixData } from "../lib/matrix/data";
import { writeDataset } from "../scripts/make-large-dataset";
import type { Server } from "../scripts/bench/processes";
import { variant } from "../scripts/bench/variant-build";
import { serveVariant } from "../scripts/bench/variant-server";
import { WINDOW_THRESHOLD } from "../components/matrix/use-row-window";

const ISSUES = WINDOW_THRESHOLD + 10;

test.describe("a long table", () => {
  // One build and one server for the group, so the tests share a worker.
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const dataDir = tmpDataDir("long");
  const long = variant("long", dataDir);
  const data = () => toMatrixData(loadDataset(dataDir));

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    writeDataset(dataDir, { issues: ISSUES, positions: 4, seed: 3 });
    server = await serveVariant(long);
  });
  test.afterAll(async () => server?.stop());

  const open = (page: Page) => gotoMatrix(page, `${server.url}/`);

  test("renders only the rows near the screen, and says how many there are", async ({ page }) => {
    await open(page);
    const rendered = await issueRows(page).count();
    expect(rendered).toBeGreaterThan(0);
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
    const scroller = page.locator(".matrix-scroll");
    // The table scrolls in its own box, one screen high: bring the whole box into view first.
    await scroller.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await expect.poll(async () => {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
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
