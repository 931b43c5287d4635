import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load-data";

const data = loadDataset();

test("the home page shows a real cited cell with its quote", async ({ page }) => {
  const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 0))!;
  const cell = Object.values(issue.cells).find((c) => c.citations.length > 0)!;
  await page.goto("/");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: issue.title }) });
  await expect(row).toContainText(cell.summary);
  await expect(row).toContainText(cell.citations[0]!.quote.replace(/\s+/g, " "));
});
