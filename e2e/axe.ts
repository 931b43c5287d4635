/** axe-core scans of a page in both colour schemes, for the accessibility checks of several specs. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { gotoMatrix, settled } from "./matrix-helpers";

/** The WCAG 2.2 A and AA rules. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The rules whose outcome depends on colours: all a colour scheme can change when it changes only colours. */
const COLOUR_RULES = ["color-contrast", "color-contrast-enhanced", "link-in-text-block"];

type Scan = Awaited<ReturnType<AxeBuilder["analyze"]>>;
export type SchemeViolations = { light: string[]; dark: string[] };

/**
 * Scans the page as it stands in light, then in dark. The dark theme is CSS alone
 * (prefers-color-scheme, no transitions), so switching the emulated scheme restyles the same page
 * at once: a state is set up once for both scans. When dark changes nothing but colours (every
 * element keeps its visibility and size), only the colour rules the light scan ran can find
 * anything new, so the dark scan runs just those (the whole matrix's scan takes a third as long);
 * otherwise it runs every rule again.
 *
 * `within` (a CSS selector) scans only that part of the page: for a state that opens or focuses one
 * part of a page whose whole has been scanned in another state. The rules about the page as a whole
 * (landmarks, headings, the page's title) then do not run: that other state's scan runs them.
 */
export async function violationsInBothSchemes(page: Page, tags?: string[], within?: string): Promise<SchemeViolations> {
  if (within) await expect(page.locator(within), `the part to scan, ${within}, is one visible element`).toBeVisible();
  const builder = () => (within ? new AxeBuilder({ page }).include(within) : new AxeBuilder({ page }));
  await scheme(page, "light");
  const light = await scan(builder(), tags);
  const layout = await layoutPrint(page);
  await scheme(page, "dark");
  const sameLayout = (await layoutPrint(page)) === layout;
  const ran = new Set([...light.passes, ...light.violations, ...light.incomplete, ...light.inapplicable].map((r) => r.id));
  const colourRules = COLOUR_RULES.filter((id) => ran.has(id));
  const dark = sameLayout ? (colourRules.length > 0 ? await builder().withRules(colourRules).analyze() : null) : await scan(builder(), tags);
  return { light: lines(light), dark: dark ? lines(dark) : [] };
}

function scan(builder: AxeBuilder, tags?: string[]): Promise<Scan> {
  return (tags ? builder.withTags(tags) : builder).analyze();
}

async function scheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  const applied = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme);
  if (!applied) throw new Error(`the page did not switch to the ${colorScheme} scheme`);
}

/** Which elements show, and at what size: what a scheme would change if it did more than recolour. */
function layoutPrint(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .map((el) => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return "-";
        const box = el.getBoundingClientRect();
        return `${Math.round(box.width)}x${Math.round(box.height)}`;
      })
      .join(" "),
  );
}

const lines = (scan: Scan) => scan.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);

/** The violations under the page's own scheme, as a short list that names each rule and where it failed. */
export async function axeViolations(page: Page) {
  return lines(await scan(new AxeBuilder({ page }), WCAG_TAGS));
}

/**
 * A state of the matrix: the address it opens at, the window's width, what the reader does there,
 * and, for a state that opens or focuses one part of a view scanned whole in another state, that part.
 */
export type MatrixState = { name: string; path: string; width?: number; act?: (page: Page) => Promise<void>; within?: string };

/** One test per state: open the matrix, reach the state, and find no violation in light or in dark. */
export function axeMatrixStates(states: readonly MatrixState[]) {
  for (const state of states) {
    test(`no violations in light or dark: ${state.name}`, async ({ page }) => {
      // An axe run over the whole matrix takes 5 to 15 s on a quiet two-core machine; two of them, on a busy one.
      test.setTimeout(90_000);
      if (state.width) await page.setViewportSize({ width: state.width, height: 844 });
      await gotoMatrix(page, state.path);
      await settled(page);
      await state.act?.(page);
      expect(await violationsInBothSchemes(page, WCAG_TAGS, state.within)).toEqual({ light: [], dark: [] });
    });
  }
}
