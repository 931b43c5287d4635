/** axe-core over a page state, in light and dark: the WCAG 2.2 A/AA rules, violations listed briefly. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { gotoMatrix, settled } from "./matrix-helpers";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The violations as a short list that names each rule and where it failed. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** A state of the matrix: the address it opens at, the window's width, and what the reader does there. */
export type MatrixState = { name: string; path: string; width?: number; act?: (page: Page) => Promise<void> };

/** One test per state and colour scheme: open the matrix, reach the state, and find no violation. */
export function axeMatrixStates(states: readonly MatrixState[]) {
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
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
