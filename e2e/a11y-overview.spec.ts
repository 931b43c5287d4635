/**
 * axe-core finds no WCAG 2.2 A/AA violation in the states the reader's first minute added, in
 * light and dark: the overview with a mark focused (its word showing), the evidence panel opened
 * from a mark, the phone's folded filters, the "Download image" choices, and the embed card in
 * each theme. One page load per state and scheme.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { data, gotoMatrix, settled } from "./matrix-helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const defaults = data.positions.filter((p) => p.default);
/** A cell of the default columns with quotes, so that its panel shows them. */
const cited = data.issues.flatMap((i) => defaults.filter((p) => i.cells[p.slug]!.citations.length > 0).map((p) => ({ issue: i, position: p })))[0]!;
const markOf = (page: Page, issue: string, position: string) => page.locator(".overview-grid").getByRole("button", { name: `${issue}, ${position}:` });

type State = { name: string; path: string; width?: number; act?: (page: Page) => Promise<void> };

const states: State[] = [
  {
    name: "the overview with a mark focused",
    path: "/",
    act: async (page) => {
      const mark = markOf(page, cited.issue.title, cited.position.label);
      await mark.focus();
      await expect(mark).toBeFocused();
    },
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
    name: "the phone's first screen, filters folded",
    path: "/",
    width: 390,
    act: async (page) => {
      await expect(page.getByRole("button", { name: /^Filters/ })).toBeVisible();
      // Folded: the filters are behind that one button, not on the page.
      await expect(page.getByRole("group", { name: /stance/i })).toBeHidden();
    },
  },
  {
    name: "the download image choices",
    path: "/",
    act: async (page) => {
      await page.getByText("Download image", { exact: true }).click();
      await expect(page.getByRole("button", { name: "Save PNG" })).toBeVisible();
    },
  },
];

/** The violations as a short list that names each rule and where it failed. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    // An axe run over the whole matrix takes 5 to 15 s on a quiet two-core machine; leave room for a busy one.
    test.describe.configure({ timeout: 90_000 });
    for (const state of states) {
      test(`no violations: ${state.name}`, async ({ page }) => {
        if (state.width) await page.setViewportSize({ width: state.width, height: 844 });
        await gotoMatrix(page, state.path);
        await settled(page);
        await state.act?.(page);
        expect(await violations(page)).toEqual([]);
      });
    }

    // The card follows its address's theme, not the reader's scheme: each theme under each scheme.
    for (const theme of ["light", "dark"] as const) {
      test(`no violations: the embed card with theme=${theme}`, async ({ page }) => {
        await page.goto(`/embed/issues/${cited.issue.slug}?theme=${theme}`);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
