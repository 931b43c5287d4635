/**
 * axe-core finds no WCAG 2.2 A/AA violation in the states the reader's first minute added, in
 * light and dark: the overview with a mark focused (its word showing), the evidence panel opened
 * from a mark, the "Download image" choices, and the embed card in each theme (under the other
 * scheme); the phone's folded filters are a11y.spec.ts's mobile state. One page load per state.
 */
import type { Page } from "@playwright/test";
import { axeMatrixStates, axeViolations, type MatrixState } from "./axe";
import { test, expect } from "./fixtures";
import { data } from "./matrix-helpers";

const defaults = data.positions.filter((p) => p.default);
/** A cell of the default columns with quotes, so that its panel shows them. */
const cited = data.issues.flatMap((i) => defaults.filter((p) => i.cells[p.slug]!.citations.length > 0).map((p) => ({ issue: i, position: p })))[0]!;
const markOf = (page: Page, issue: string, position: string) => page.locator(".overview-grid").getByRole("button", { name: `${issue}, ${position}:` });

const states: MatrixState[] = [
  {
    name: "the overview with a mark focused",
    path: "/",
    act: async (page) => {
      const mark = markOf(page, cited.issue.title, cited.position.label);
      await mark.focus();
      await expect(mark).toBeFocused();
    },
    // The focused mark's word is drawn by CSS: the rest of the page is the default view's (a11y.spec.ts).
    within: ".overview-grid",
  },
  {
    name: "the evidence panel opened from a mark",
    path: "/",
    act: async (page) => {
      await markOf(page, cited.issue.title, cited.position.label).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "the download image choices",
    path: "/",
    act: async (page) => {
      await page.getByText("Download image", { exact: true }).click();
      await expect(page.getByRole("button", { name: "Save PNG" })).toBeVisible();
    },
    within: "details[open]:has(> summary)",
  },
];

axeMatrixStates(states);

// The card follows its address's theme, not the reader's scheme: each theme under the other scheme.
for (const theme of ["light", "dark"] as const) {
  test.describe(`the embed card, theme=${theme}`, () => {
    test.use({ colorScheme: theme === "light" ? "dark" : "light" });
    test(`no violations: the embed card with theme=${theme}`, async ({ page }) => {
      await page.goto(`/embed/issues/${cited.issue.slug}?theme=${theme}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
