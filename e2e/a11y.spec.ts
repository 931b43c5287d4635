/** axe-core finds no WCAG 2.2 A/AA violation in any state of the matrix, in light and dark. */
import { test, expect } from "./fixtures";
import { data, gotoMatrix, searchWord, settled } from "./matrix-helpers";
import { loadPublication } from "../lib/release/load";
import { violationsInBothSchemes, WCAG_TAGS, type MatrixState } from "./axe";

const cited = data.issues.flatMap((i) => data.positions.filter((p) => i.cells[p.slug]!.citations.length > 0).map((p) => `${i.slug}.${p.slug}`))[0]!;

// A state that opens one part of a view scanned whole here is scanned in that part (`within`).
const states: MatrixState[] = [
  { name: "the default view", path: "/" },
  { name: "the legend open", path: "/", act: (page) => page.getByText("How to read the matrix").click(), within: "details[open]:has(> summary)" },
  { name: "filtered and sorted", path: `/?cat=${data.categories[0]!.slug}&stance=supports,rejects&show=diverge&sort=divergence` },
  { name: "a search with highlights", path: `/?q=${searchWord()}` },
  { name: "a view with no rows", path: "/?q=zzzzqqqq" },
  { name: "folded groups", path: `/?fold=${data.categories.map((c) => c.slug).join(",")}` },
  { name: "compare two", path: `/?compare=${data.positions[0]!.slug},${data.positions.at(-1)!.slug}&show=agree` },
  { name: "evidence open", path: `/?cell=${cited}&q=${searchWord()}` },
  { name: "the positions picker open", path: "/", act: (page) => page.getByRole("button", { name: /^Positions/ }).click(), within: "#positions-panel" },
  {
    name: "mobile cards, the phone's first screen with the filters folded",
    path: "/",
    width: 390,
    act: async (page) => {
      await expect(page.getByRole("button", { name: /^Filters/ })).toBeVisible();
      // Folded: the filters are behind that one button, not on the page.
      await expect(page.getByRole("group", { name: /stance/i })).toBeHidden();
    },
  },
  {
    name: "mobile filters open",
    path: "/",
    width: 390,
    act: (page) => page.getByRole("button", { name: /^Filters/ }).click(),
    within: "#matrix-filters",
  },
];

// An axe run over the whole matrix takes 5 to 15 s on a quiet two-core machine, and each test runs
// two: leave room for a busy one.
test.describe("the matrix", () => {
  test.describe.configure({ timeout: 120_000 });
  for (const state of states) {
    test(`no violations in light and dark: ${state.name}`, async ({ page }) => {
      if (state.width) await page.setViewportSize({ width: state.width, height: 844 });
      await gotoMatrix(page, state.path);
      await settled(page);
      await state.act?.(page);
      expect(await violationsInBothSchemes(page, WCAG_TAGS, state.within)).toEqual({ light: [], dark: [] });
    });
  }
});

// The pinned pages of a release: plain server-rendered HTML, checked in both schemes.
const { releases } = loadPublication();
const pinned = releases[0] && { version: releases[0].version, issue: Object.keys(releases[0].snapshot.issues)[0]!, source: Object.keys(releases[0].snapshot.sources)[0]! };
test.describe("pinned pages", () => {
  test.skip(!pinned, "no release recorded");
  for (const path of pinned ? [`/v/${pinned.version}/`, `/v/${pinned.version}/issues/${pinned.issue}`, `/v/${pinned.version}/sources/${pinned.source}`] : []) {
    test(`no violations in light and dark: ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await violationsInBothSchemes(page, WCAG_TAGS)).toEqual({ light: [], dark: [] });
    });
  }
});
