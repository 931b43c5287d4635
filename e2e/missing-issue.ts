/** The 404 of an unknown issue, checked the same way with and without JavaScript. */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { Dataset } from "../lib/data/schema";

/** Opens a one-typo address of a real issue and checks the 404 names that issue among the closest. */
export async function expectClosestIssues(page: Page, data: Pick<Dataset, "issues">) {
  const issue = data.issues.find((i) => i.slug.length >= 6)!;
  // The last two letters swapped: close enough to be suggested first.
  const typo = `${issue.slug.slice(0, -2)}${issue.slug.at(-1)}${issue.slug.at(-2)}`;
  const response = await page.goto(`/issues/${typo}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("heading", { name: `Nothing is called “${typo}”` })).toBeVisible();
  const closest = page.getByRole("list", { name: "Closest issues" });
  await expect(closest.getByRole("link", { name: issue.title, exact: true })).toHaveAttribute("href", `/issues/${issue.slug}`);
  await expect(page.getByRole("link", { name: "Go to the matrix" })).toHaveAttribute("href", "/");
}
