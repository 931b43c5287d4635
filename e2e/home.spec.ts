import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";

const data = loadDataset();

test("the home page shows a real cited cell, and its quote in the cell's evidence", async ({ page }) => {
  const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 0))!;
  const cell = Object.values(issue.cells).find((c) => c.citations.length > 0)!;
  await page.goto("/");
  await expect(page.locator("[data-matrix-ready]")).toBeAttached();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.title }) });
  await expect(row).toContainText(cell.summary);
  await row.getByRole("button", { name: cell.summary }).click();
  const dialog = page.getByRole("dialog", { name: issue.title });
  await expect(dialog).toContainText(cell.citations[0]!.quote.replace(/\s+/g, " "));
});
