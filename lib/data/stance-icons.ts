import { STANCES, type Stance } from "./vocab";

/**
 * The stance icons' shapes on a 24×24 grid, stroked: drawn rather than typed as characters, so
 * that they look the same on every device and in the link-preview images, whose font has no such
 * symbols. The pages, the previews, the embed and the image export all draw these.
 */
export const STANCE_ICON_PATHS: Record<Stance, string[]> = {
  supports: ["M5 12.5l4.5 4.5L19 7.5"],
  conditional: ["M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z", "M12 4v16"],
  alternative: ["M4 9h15", "M15 5l4 4-4 4", "M20 15H5", "M9 11l-4 4 4 4"],
  ambiguous: ["M8.5 9a3.5 3.5 0 1 1 5 3.2c-.9.4-1.5 1.2-1.5 2.1V15", "M12 19v.01"],
  rejects: ["M6.5 6.5l11 11", "M17.5 6.5l-11 11"],
  "not-addressed": ["M7 12h10"],
};

/** The filled half of the "conditional" circle. */
export const STANCE_ICON_FILL: Partial<Record<Stance, string>> = { conditional: "M12 4a8 8 0 0 1 0 16z" };

/** The evidence meter's bars, left to right: 4 px wide, 1 px apart, of rising height. */
const METER_BARS = [5, 8, 11];
export const METER_LEVELS = [0, 1, 2, 3] as const;

/** A stance's icon as an SVG document, in black: the shape a mask needs. */
export function stanceIconSvg(stance: Stance): string {
  const fill = STANCE_ICON_FILL[stance];
  return (
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>` +
    (fill ? `<path d='${fill}'/>` : "") +
    `<path d='${STANCE_ICON_PATHS[stance].join("")}' fill='none' stroke='#000' stroke-width='2.5' stroke-linecap='round' stroke-linejoin='round'/></svg>`
  );
}

/** The meter with `level` of its three bars filled, as an SVG document in black (14 × 11). */
export function meterSvg(level: number): string {
  const bars = METER_BARS.map((h, i) => `<rect x='${i * 5 + 0.5}' y='${11.5 - h}' width='3' height='${h - 1}' rx='.5' fill='${i < level ? "#000" : "none"}' stroke='#000'/>`);
  return `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 14 11'>${bars.join("")}</svg>`;
}

/** An SVG document as a CSS url(): its `<`, `>` and `#` escaped, its attributes in single quotes. */
const url = (svg: string) => `url("data:image/svg+xml,${svg.replace(/[<>#]/g, encodeURIComponent)}")`;

/**
 * Each icon and meter level as a class that sets `--i`, the mask ui.css draws `.icon` and `.meter`
 * with: one element per icon, where an inline SVG cost the page two and a copy of the symbol's
 * paths for the browser to style and lay out. For the root layout to put in every page.
 */
export function stanceIconCss(): string {
  return (
    STANCES.map((s) => `.i-${s}{--i:${url(stanceIconSvg(s))}}`).join("") +
    METER_LEVELS.map((l) => `.meter-${l}{--i:${url(meterSvg(l))}}`).join("")
  );
}
