import { STANCES, type Stance } from "./vocab";

/**
 * Each stance's colours, defined here once: the pages (as CSS variables, see `stanceCssVariables`),
 * the link-preview images, the embed and the image export all read them.
 *
 * The hues take no side: Supports is blue and Rejects burnt orange (never approving green against
 * disapproving red), the pair that stays apart for every common colour-vision deficiency. All six
 * stay distinguishable when simulated for deuteranopia, protanopia and tritanopia, and every ink
 * reaches WCAG AA (4.5:1) on the page and on its own tint, in light and in dark (stance-style.test.ts
 * checks both). The icon and the word always go with the colour, so colour is never the only signal.
 */
export type ThemedHex = { light: string; dark: string };

/** The ink: a stance's icon, word, mark and edge, on a light page and on a dark one. */
export const STANCE_PALETTE: Record<Stance, ThemedHex> = {
  supports: { light: "#1d39a8", dark: "#a9c8ed" },
  conditional: { light: "#1f6e8f", dark: "#7fe8dc" },
  alternative: { light: "#5e1f7e", dark: "#e38af7" },
  ambiguous: { light: "#7d6608", dark: "#ecdca8" },
  rejects: { light: "#8a3a00", dark: "#fbb172" },
  "not-addressed": { light: "#484e58", dark: "#a3a9b2" },
};

/** The tint behind a badge or a mark, in the same hue as its ink. */
export const STANCE_TINT: Record<Stance, ThemedHex> = {
  supports: { light: "#eef2fc", dark: "#1a2540" },
  conditional: { light: "#e8f4f8", dark: "#11302f" },
  alternative: { light: "#f6eefa", dark: "#2e1837" },
  ambiguous: { light: "#faf6e2", dark: "#2c2914" },
  rejects: { light: "#fcf0e6", dark: "#3a2311" },
  "not-addressed": { light: "#f3f4f6", dark: "#1e2533" },
};

/** The page's own backgrounds, which the inks are checked against. */
export const PAGE_BACKGROUND: ThemedHex = { light: "#ffffff", dark: "#0f172a" };

/**
 * The palette as CSS variables (`--s-<stance>` ink, `--s-<stance>-tint`), light by default and
 * dark on a dark screen (paper stays light), for the root layout to put in every page.
 */
export function stanceCssVariables(): string {
  const vars = (theme: keyof ThemedHex) =>
    STANCES.map((s) => `--s-${s}:${STANCE_PALETTE[s][theme]};--s-${s}-tint:${STANCE_TINT[s][theme]};`).join("");
  return `:root{${vars("light")}}@media screen and (prefers-color-scheme:dark){:root{${vars("dark")}}}`;
}
