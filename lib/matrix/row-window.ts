/**
 * Which rows of a long table to render: those on screen plus a margin, with spacers standing
 * in for the rest. Rows have different heights; each is measured once rendered, and rows not
 * yet measured are assumed to be as tall as the average measured row.
 */

/** Rows (issues and category headings) above which the table is windowed. */
export const WINDOW_THRESHOLD = 150;

export type RowWindow = {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the spacer standing in for the rows before `start`. */
  before: number;
  /** Height of the spacer standing in for the rows from `end` on. */
  after: number;
};

export type WindowInput = {
  keys: readonly string[];
  heights: ReadonlyMap<string, number>;
  /** Height assumed for a row not yet measured. */
  estimate: number;
  /** The visible stretch of the table body, in pixels from its top. */
  viewTop: number;
  viewBottom: number;
  /** Extra pixels rendered above and below the visible stretch. */
  overscan: number;
};

export function computeWindow({ keys, heights, estimate, viewTop, viewBottom, overscan }: WindowInput): RowWindow {
  const from = viewTop - overscan;
  const to = viewBottom + overscan;
  let offset = 0;
  let start = keys.length;
  let before = 0;
  let end = keys.length;
  for (let i = 0; i < keys.length; i++) {
    const h = heights.get(keys[i]!) ?? estimate;
    if (start === keys.length && offset + h > from) {
      start = i;
      before = offset;
    }
    offset += h;
    if (start !== keys.length && offset >= to) {
      end = i + 1;
      break;
    }
  }
  if (start === keys.length) {
    // Scrolled past the end (e.g. the rows shrank): show the last rows.
    start = Math.max(0, keys.length - 1);
    before = keys.slice(0, start).reduce((sum, k) => sum + (heights.get(k) ?? estimate), 0);
    end = keys.length;
  }
  let after = 0;
  for (let i = end; i < keys.length; i++) after += heights.get(keys[i]!) ?? estimate;
  return { start, end, before, after };
}

/** The average measured height, or the fallback when nothing is measured yet. */
export function averageHeight(heights: ReadonlyMap<string, number>, fallback: number): number {
  if (heights.size === 0) return fallback;
  let sum = 0;
  for (const h of heights.values()) sum += h;
  return sum / heights.size;
}
